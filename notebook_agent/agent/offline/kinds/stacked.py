"""A label kept in several numbered columns, ranked over all of them: "which judge has been on the most episodes?".

Chopped's judge1, judge2, judge3, IMDb's Star1 … Star4: one thing said in several places of a row. The word that
fits them all equally ("judge") asks which label turns up most (or least) often over the columns together.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import ambiguous
from .base import Context, KindRequest, col, finish, fmt

_WHICH = re.compile(r"\b(?:which|what|who)\b")
_MOST = re.compile(r"\b(?:most|often|frequent\w*|common|top|popular)\b")
_LEAST = re.compile(r"\b(?:least|fewest|rarest)\b")
_N = re.compile(r"\btop\s+(?P<n>\d{1,2})\b")


def numbered_head(name: str) -> str:
    """A name without the number it ends on ("judge" of judge1, "Game" of Game 2); the name itself without one."""
    return re.sub(r"[\s_]*\d+$", "", name)


def _numbered(names: list[str]) -> bool:
    """Names that differ only by a number ("judge1", "judge2"; "Star 1", "Star 2")."""
    heads = {numbered_head(n).lower() for n in names}
    return len(heads) == 1 and all(re.search(r"\d+$", n) for n in names)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if not (_WHICH.search(ctx.text) or _N.search(ctx.text)) or not (_MOST.search(ctx.text) or _LEAST.search(ctx.text)):
        return None
    families = [columns for _, columns in ambiguous(ctx.question, ctx.catalog, ctx.frame)]
    for m in ctx.mentions:  # a word that reads the first of a family ("contributing factors": … VEHICLE 1)
        head = numbered_head(m.column.name)
        if m.column.categorical and head != m.column.name and len(m.word.split()) >= 2 and m.score >= 90:
            return None  # "the primary type" names Type 1 itself (its meaning), not every Type column
        if m.column.categorical and head != m.column.name:
            families.append([c for c in ctx.columns() if numbered_head(c.name) == head])
    for columns in families:
        if len(columns) >= 2 and all(c.categorical for c in columns) and _numbered([c.name for c in columns]):
            n = _N.search(ctx.text)
            # "leave out unspecified": a value said after words that drop it
            out = re.search(
                r"\b(?:leave\s+out|leaving\s+out|excluding|except|ignoring|ignore|without)\s+(\w+)", ctx.text
            )
            return KindRequest(
                frame=ctx.frame,
                group=columns[0].name,
                then=[c.name for c in columns],
                order="min" if _LEAST.search(ctx.text) else "max",
                agg="count",
                least=int(n["n"]) if n else None,
                value=out.group(1) if out else None,
            )
    return None


def code(req: KindRequest) -> str:
    """The cell for the request."""
    names = ", ".join(col(c) for c in req.then)
    head = numbered_head(req.then[0])
    return finish(
        [
            f"# Each {head} counted over {', '.join(req.then)} together",
            f"seen = pd.concat([{req.frame}[c] for c in [{names}]]).dropna().astype(str).str.strip()",
            "counts = seen[seen != ''].value_counts()",
            *(
                [f"counts = counts[counts.index.str.lower() != {str(req.value).lower()!r}]  # left out, as asked"]
                if req.value
                else []
            ),
            "print(counts.head(10).to_string())",
            "",
            "counts.head(15).sort_values().plot.barh(figsize=(8, 5), xlabel='rows')",
            "plt.show()",
            "",
            f'result = {{"rows": len({req.frame}), "counts": counts.head(15).to_dict(), '
            '"last": counts.tail(5).to_dict(), "labels": len(counts)}',
        ],
        f"each {head} over {', '.join(req.then)}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    head = numbered_head(req.then[0])
    counts = result.get("counts") or {}
    low = req.order == "min"
    ranked = list((result.get("last") or {}).items())[::-1] if low else list(counts.items())
    lines = [f"Rows counted for each {head} over {', '.join(req.then)}, {fmt(result.get('rows'))} rows.", ""]
    if not ranked:
        return "\n".join([*lines, f"No {head} is named in those columns."])
    name, many = ranked[0]
    word = "least" if low else "most"
    lines.append(f"**{name}** turns up the {word} often: {fmt(many)} rows ({fmt(result.get('labels'))} in all).")
    lines += [f"- {label}: {fmt(value)}" for label, value in ranked[1 : (req.least or 5)]]
    return "\n".join(lines)
