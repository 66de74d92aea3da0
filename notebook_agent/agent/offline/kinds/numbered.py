"""A measure kept in several numbered columns, read as one: "average game in each league", "how many 300 games".

A bowling sheet's Game 1, Game 2, Game 3, a golf card's Round 1 … Round 4, a class's Test 1 … Test 3: one score
said in several places of a row. The word that names them all ("game") asks of every score together, not of one
column: its mean (per label when one is said), or how many of them equal or pass a number said.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import Column
from ..columns import stem
from ..parse import people_of
from .base import Context, KindRequest, col, finish, fmt, said_where, where_mask
from .stacked import numbered_head

_MEAN = re.compile(r"\b(?:average|avg|mean|typical(?:ly)?|usual(?:ly)?)\b")
# "how many 300 games", "games of 250 or more", "how many games over 200"
_COUNT = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\s+of\b")
_GROUP = re.compile(r"\b(?:in\s+each|for\s+each|each|per|by|across)\s+(?P<g>[a-z]+)\b")
_OVER = re.compile(r"\b(?:over|above|more\s+than|at\s+least|or\s+more|or\s+better|and\s+up|\+)")


def _families(ctx: Context) -> dict[str, list[Column]]:
    """The numeric columns named by one word and a number each (Game 1, Game 2, Game 3), by that word's stem."""
    heads: dict[str, list[Column]] = {}
    for c in ctx.columns():
        head = numbered_head(c.name)
        if c.numeric and not (c.id_like or c.is_date or c.formula) and head != c.name:
            heads.setdefault(stem(head.strip().lower()), []).append(c)
    return {word: found for word, found in heads.items() if len(found) >= 2}


def family(ctx: Context, word: str) -> list[Column]:
    """The numeric columns named by `word` and a number each (Game 1, Game 2, Game 3), in the table's order."""
    return _families(ctx).get(stem(word.lower()), [])


def _said_family(ctx: Context) -> tuple[re.Match[str], list[Column]] | None:
    """The first word of the question that names a numbered family, with that family."""
    for said in re.finditer(r"[a-z]{3,}", ctx.text):
        columns = family(ctx, said.group())
        # ("average rating" of an average_rating beside ratings_1 … ratings_5: that column, named in full)
        named = any(m.score >= 90 and m.start <= said.start() < m.end and m.column not in columns for m in ctx.mentions)
        # ("game 1": the one column said with its number, read as it stands)
        if columns and not named and not re.match(r"\s*#?\s*\d", ctx.text[said.end() :]):
            return said, columns
    return None


def _only_family(ctx: Context) -> list[Column]:
    """The table's one numbered family (Game 1 … Game 3), when it keeps just one."""
    families = list(_families(ctx).values())
    return families[0] if len(families) == 1 else []


def _unsaid_family(ctx: Context) -> tuple[int, list[Column]] | None:
    """The one numbered family of "who has the highest average" of a bowling sheet, when no measure is named."""
    if not _MEAN.search(ctx.text) or any(m.column.numeric and not m.column.id_like for m in ctx.mentions):
        return None
    if any({"avg", "average", "mean"} & set(c.stems) for c in ctx.columns()):
        return None  # (a sheet's own Avg column is the average said)
    columns = _only_family(ctx)
    return (0, columns) if columns else None


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    found = _said_family(ctx)
    if found is None:
        unsaid = _unsaid_family(ctx)
        if unsaid is None:
            return None
        names = [c.name for c in unsaid[1]]
        which = re.search(r"\bwhich\s+(?P<g>[a-z]+)", ctx.text)
        by = _GROUP.search(ctx.text) or which
        labels = [
            m.column
            for m in ctx.mentions
            if by is not None
            and m.start >= by.start("g")
            and (m.column.categorical or m.column.kind == "text")
            and not m.column.id_like
        ]
        if by is not None and not labels:
            return None
        people = people_of(ctx.catalog, ctx.frame) if re.search(r"\bwho\b", ctx.text) else []
        labels = labels or people[:1]  # ("who has the highest average": the Bowler)
        group = labels[0].name if labels else None
        where = said_where(ctx, {group} if group else set())
        return KindRequest(frame=ctx.frame, then=names, agg="mean", group=group, where=where)
    said, columns = found
    names = [c.name for c in columns]
    group = None
    by = _GROUP.search(ctx.text)
    if by is not None:
        labels = [
            m.column
            for m in ctx.mentions
            if m.start >= by.start("g") and (m.column.categorical or m.column.kind == "text") and not m.column.id_like
        ]
        group = labels[0].name if labels else None
        if group is None:
            return None  # ("per week" of a Week number, or a label no column names: the general reader's)
    where = said_where(ctx, {group} if group else set())
    number = re.search(r"\b(?P<n>\d{2,4})\s+(?:[a-z]+\s+)?$", ctx.text[: said.start()]) or re.match(
        r"\s+(?:of|scoring|with|over|above|at\s+least)\s+(?P<n>\d{2,4})\b", ctx.text[said.end() :]
    )
    if _COUNT.search(ctx.text[: said.start()]) and number is not None:
        over = _OVER.search(ctx.text[said.start() :]) or _OVER.search(ctx.text[: said.start()])
        return KindRequest(
            frame=ctx.frame,
            then=names,
            agg="count",
            op=">=" if over else "==",
            value=float(number["n"]),
            group=group,
            where=where,
        )
    if _MEAN.search(ctx.text):
        return KindRequest(frame=ctx.frame, then=names, agg="mean", group=group, where=where)
    return None


def _head(req: KindRequest) -> str:
    return numbered_head(req.then[0]).strip()


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, head = req.frame, _head(req)
    kept = [f"rows = {f}[{where_mask(f, req.where)}]"] if req.where else []
    f = "rows" if req.where else f
    names = ", ".join(col(c) for c in req.then)
    keep = f", id_vars=[{col(req.group)}]" if req.group else ""
    lines = [
        f"# Every {head} of {', '.join(req.then)} as one column, each row's {head}s stacked",
        *kept,
        f"scores = {f}.melt(value_vars=[{names}]{keep}, value_name='score')",
        "scores = scores.dropna(subset=['score'])",
    ]
    if req.agg == "count":
        test = f"scores['score'] {req.op} {req.value!r}"
        lines += [f"hits = scores[{test}]"]
        if req.group:
            lines += [
                f"per_group = hits.groupby({col(req.group)}).size().sort_values(ascending=False)",
                "print(per_group.to_string())",
            ]
        else:
            lines += ["per_group = None", "print(len(hits))"]
        lines += [
            "",
            'result = {"rows": len(' + f + '), "scores": len(scores), "count": len(hits), "per_group": per_group}',
        ]
    else:
        if req.group:
            lines += [
                f"per_group = scores.groupby({col(req.group)})['score'].mean().sort_values(ascending=False)",
                "print(per_group.to_string())",
                "",
                "per_group.head(30).plot.bar(figsize=(8, 4), ylabel=" + repr(f"average {head}") + ")",
                "plt.show()",
            ]
        else:
            lines += ["per_group = None", "print(scores['score'].describe().to_string())"]
        lines += [
            "",
            'result = {"rows": len(' + f + '), "scores": len(scores), "mean": scores["score"].mean(), '
            '"per_group": per_group}',
        ]
    what = f"{head}s {req.op} {req.value:g}" if req.agg == "count" else f"mean {head}"
    return finish(lines, f"{what} over {', '.join(req.then)}" + (f" by {req.group}" if req.group else ""))


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    head = _head(req)
    over = ", ".join(req.then)
    by = f" by {req.group}" if req.group else ""
    among = " where " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""
    scores = fmt(result.get("scores"))
    groups = result.get("per_group") or {}
    if req.agg == "count":
        sign = "of" if req.op == "==" else "of at least"
        line = f"{head}s {sign} {fmt(req.value)} over {over}{by}{among}, {scores} {head.lower()}s."
        total = f"**{fmt(result.get('count'))}** {head.lower()}s {sign} {fmt(req.value)}, out of {scores}."
        if not groups:
            return f"Count of {line}\n\n{total}"
        listing = ", ".join(f"{k}: {fmt(v)}" for k, v in list(groups.items())[:10])
        return f"Count of {line}\n\n{total}\n\nBy {req.group}: {listing}."
    line = f"Mean of {over} together{by}{among}, {scores} {head.lower()}s."
    if not groups:
        return f"{line}\n\nThe average {head.lower()} is **{fmt(result.get('mean'))}** over all {scores}."
    best = max(groups.values())
    top = [k for k, v in groups.items() if v == best]
    listing = ", ".join(f"{k}: {fmt(v)}" for k, v in list(groups.items())[:12])
    return (
        f"{line}\n\nHighest: {req.group} " + " and ".join(f"**{k}**" for k in top) + f" with {fmt(best)}."
        f"\n\nAll: {listing}. Over everyone: {fmt(result.get('mean'))}."
    )
