"""A part of a total: the share of a quantity that adds up (revenue, units) coming from some rows or each group.

"What share of revenue comes from the West?" sums revenue where region = West over all revenue, rather than
counting rows; "share of units by store" gives each store's part of the total.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import plain_totals, total_values
from ..columns import CURRENCY, Mention, find_values
from ..idioms import earnings
from ..words import stem
from .base import Context, KindRequest, col, finish, fmt, things_counted, where_mask

_PART_VERB = re.compile(r"\b(?:was|were|is|are|came\s+from|comes?\s+from|from|went\s+to|goes\s+to|made\s+up\s+by)\b")
_SHARE = re.compile(r"\bshare\b|\bpercent(?:age)?\b|\bproportion\b|\bfraction\b|\bwhat\s+%|\bhow\s+much\s+of\b")
# "of all sign ups", "of the visits": things counted, said in up to three words
_THINGS = re.compile(r"\s*of\s+(?:the\s+|all\s+(?:the\s+)?)?(?P<noun>(?:[a-z]+[\s-]+){0,2}[a-z]+s)\b")
# what rows are called in general ("what share of the figures are estimated"): the rows, no count of them
_GENERIC = frozenset({"figures", "rows", "records", "entries", "values", "numbers", "readings", "counts", "lines"})
# "of everything", "of it all", "of the whole lot": the whole of the table's own amount, no noun said
_EVERYTHING = re.compile(r"\s*of\s+(?P<all>everything|it\s+all|all\s+of\s+it|the\s+whole(?:\s+lot)?)\b")
_BY = re.compile(r"\b(?:by|per|for\s+each|each|across)\b")


# "the top reasons people get referred, as a %", "most common payment methods in %": each group's share of rows
_AS_PERCENT = re.compile(r"\b(?:as|in)\s+(?:an?\s+)?(?:%|percent(?:age)?s?\b|pct\b)|%\W*$")
_COMMONEST = re.compile(
    r"\b(?:top|most\s+common|commonest|main|most\s+frequent|most\s+popular|biggest|breakdown|break\s+down|split"
    r"|distribution|mix|make-?up)\b"
)


# "what share of my earnings", "what percent of our revenue": the money the table takes in, named by no column
_MONEY_NOUN = re.compile(
    r"\s*(?:of\s+)?(?:my|our|the|all\s+(?:my|our|the)?)?\s*(?P<m>earnings|income|revenue|takings)\b"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if ctx.weight() is None and _AS_PERCENT.search(ctx.text) and _COMMONEST.search(ctx.text):
        labels = [m.column for m in ctx.mentions if not ctx.catalog.names_rows(m.column)]
        if len(labels) == 1 and labels[0].categorical and not labels[0].id_like:
            return KindRequest(frame=ctx.frame, group=labels[0].name, agg="share", share=True)
    if not _SHARE.search(ctx.text) or ctx.weight() is not None:
        return None
    share = _SHARE.search(ctx.text)
    assert share is not None
    quantities = [
        m
        for m in ctx.mentions
        if m.column.numeric
        and (m.column.additive or CURRENCY.search(m.column.name))  # money amounts add up
        and not m.column.id_like
        and not m.column.time
        and not m.column.coded  # a severity 1-3 is a code, never a quantity to share out
    ]
    quantities = [m for m in quantities if not things_counted(m)]
    # ("kids lessons" of an Age Group = Kids: the value said, not the Students counted)
    said_values = find_values(ctx.text, ctx.catalog, ctx.frame, [])
    quantities = [m for m in quantities if m.score >= 90 or not any(v.start <= m.start < v.end for v in said_values)]
    # ("what % of people pay cash": people are counted too, a plural without its s)
    counted = re.match(r"\s*(?:of\s+)?(?:the\s+|all\s+)?(?P<noun>[a-z]+s|people|children)\b", ctx.text[share.end() :])
    if counted and not any(m.start <= share.end() + counted.start("noun") < m.end for m in quantities):
        # "what % of the channels stream in english": channels are counted; "stream" is what they do
        quantities = [m for m in quantities if m.start < share.end() + counted.end("noun")]
    things = _THINGS.match(ctx.text[share.end() :])
    generic = things is not None and things["noun"].split()[-1] in _GENERIC
    # ("what share of kids lessons are private" of ski_school_lessons.csv: the file's own rows, not its Students)
    generic = generic or (
        things is not None and stem(things["noun"].split()[-1]) in ctx.catalog.subjects.get(ctx.frame, frozenset())
    )
    whole = ctx.headline() if things and not quantities and not generic else None
    if (
        whole is not None
        and things
        and not any(share.end() <= m.start < share.end() + things.end() for m in ctx.mentions)
    ):
        # "what share of all sign ups came through online" of a table of monthly counts: its one total
        start, end = share.end() + things.start("noun"), share.end() + things.end("noun")
        quantities = [Mention(whole, start, end, 50.0, things["noun"], "synonym")]
    everything = _EVERYTHING.match(ctx.text[share.end() :])
    if everything and not quantities and (ctx.cells() or plain_totals(ctx.columns(), set())):
        # "what share of everything is recycling" of a tonnage report (a row per hauler, month and material,
        # TOTAL rows beside): its first amount (Tons) is what everything weighs, not its rows
        amounts = [
            c
            for c in ctx.columns()
            if c.numeric and c.additive and not (c.id_like or c.time or c.year_like or c.formula or c.is_date)
        ]
        if amounts:
            start, end = share.end() + everything.start("all"), share.end() + everything.end("all")
            quantities = [Mention(amounts[0], start, end, 50.0, everything["all"], "synonym")]
    money = _MONEY_NOUN.match(ctx.text[share.end() :])
    made = earnings(ctx.catalog, ctx.frame) if money and not quantities else None
    earned = ctx.catalog.get(ctx.frame, made) if made else None
    if money and earned is not None:  # "what share of my earnings came from fixed price jobs": the Amount earned
        quantities = [
            Mention(earned, share.end() + money.start("m"), share.end() + money.end("m"), 50.0, "", "synonym")
        ]
    rows = _rows_by_group(ctx, share.end()) if not quantities else None
    if rows is not None:
        return rows
    if len(quantities) > 1 and max(m.score for m in quantities) >= 90:
        quantities = [m for m in quantities if m.score >= 90]  # "incentive money": incentive_usd, not any money
    if len(quantities) != 1 or quantities[0].start < share.start():
        return None  # "the share of revenue ...": the quantity follows the share word
    y = quantities[0].column
    strong = [(m.start, m.end) for m in ctx.mentions if m.score >= 90]
    named: dict[str, list[str]] = {}
    for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong):
        named.setdefault(v.column.name, []).append(v.value)
    by = _BY.search(ctx.text)
    which = re.search(r"\b(?:which|what)\s+", ctx.text)
    asked = [m.column for m in ctx.mentions if which and m.start == which.end() and m.column.categorical]
    if not named and len(asked) == 1 and not asked[0].id_like:  # "which county got the biggest share of ..."
        return KindRequest(frame=ctx.frame, y=y.name, group=asked[0].name, agg="share", share=True)
    scope: list[list[Any]] = []
    if len(named) == 2 and not by and all(len(set(v)) == 1 for v in named.values()):
        # "what share of TX generation was wind": the part is the value said after "was" / "came from", the
        # other value the rows of which it is a share
        verb = max(_PART_VERB.finditer(ctx.text), key=lambda m: m.start(), default=None)  # the last one said
        after = [v for v in find_values(ctx.question, ctx.catalog, ctx.frame, strong) if verb and v.start >= verb.end()]
        if verb is None or len({v.column.name for v in after}) != 1:
            return None
        part = after[0].column.name
        scope = [[c, vs[0]] for c, vs in named.items() if c != part]
        named = {part: named[part]}
    if len(named) == 1 and not by:
        ((column, values),) = named.items()
        value: Any = values[0] if len(set(values)) == 1 else list(dict.fromkeys(values))
        besides = {y.name, column, *(c for c, _ in scope)}
        scope += [[c, v] for c, v in total_values(ctx.columns(), besides)]  # a Total row beside its parts
        held = ctx.catalog.get(ctx.frame, column)
        # "how much of the bill is postgres": every line item that says it (Heroku Postgres Standard-0, Premium-2)
        words = isinstance(value, str) and held is not None and value not in held.values and held.qualified(value)
        req = KindRequest(
            frame=ctx.frame,
            y=y.name,
            column=column,
            value=value,
            op="contains" if words else "in",
            agg="share",
            share=True,
            where=scope,
        )
        # the part's own label may total its values too (ENERGY SOURCE = Total): that row is the whole
        req.whole = next((v for c, v in total_values(ctx.columns(), {y.name}) if c == column), None)
        for c, v in list(req.where):
            # a grand total row (Hauler = TOTAL, Material = ALL): both totals on the same rows, so the part is
            # every hauler's rows and the whole is that row; not a total per part (EIA's Wind of all producers)
            other = ctx.catalog.get(ctx.frame, c)
            alls = [
                w
                for w in (held.values if held is not None else ())
                if _ALL.fullmatch(w.strip()) and other is not None and _rows_of(held, w) == _rows_of(other, v)
            ]
            if req.whole in (None, *alls) and len(alls) == 1 and (_rows_of(other, v) or 0) > 0:
                req.where.remove([c, v])
                req.whole = alls[0]
        return req
    if not named and by:
        groups = [m.column for m in ctx.mentions if m.start > by.start() and m.column.categorical]
        if len(groups) == 1 and not groups[0].id_like:
            return KindRequest(frame=ctx.frame, y=y.name, group=groups[0].name, agg="share", share=True)
    return None


_ALL = re.compile(r"(?i)all|total|grand\s+total|all\s+\w+")


def _rows_of(column: Any, value: Any) -> int | None:
    """How many rows hold `value`, as profiled, or None when the profile did not count it."""
    values = list(column.values)
    return column.counts[values.index(value)] if value in values and len(column.counts) == len(values) else None


def _rows_by_group(ctx: Context, after: int) -> KindRequest | None:
    """Each group's share of the rows when no measure is named ("what share of orders come through each channel")."""
    each = re.search(r"\b(?:each|every|by|per|across)\s+", ctx.text[after:])
    if each is None or any(m.column.numeric and not m.column.id_like for m in ctx.mentions):
        return None
    groups = [
        m.column
        for m in ctx.mentions
        if m.start >= after + each.end() and m.column.categorical and not ctx.catalog.names_rows(m.column)
    ]
    if len(groups) != 1 or any(m.column != groups[0] and not ctx.catalog.names_rows(m.column) for m in ctx.mentions):
        return None  # another label named ("% with a claim, by line"): a condition's share (kinds.filtered)
    if find_values(ctx.question, ctx.catalog, ctx.frame, [(m.start, m.end) for m in ctx.mentions]):
        return None  # "% of orders that were refunded by channel": a value's share per group
    return KindRequest(frame=ctx.frame, group=groups[0].name, agg="share", share=True)


def _condition(req: KindRequest, frame: str) -> str:
    if req.op == "contains":
        return f"{frame}[{col(req.column)}].str.contains({req.value!r}, case=False, regex=False, na=False)"
    values = req.value if isinstance(req.value, list) else [req.value]
    if len(values) == 1:
        return f"{frame}[{col(req.column)}] == {values[0]!r}"
    return f"{frame}[{col(req.column)}].isin({values!r})"


def _said(req: KindRequest) -> str:
    if req.op == "contains":
        return f"{req.column} contains {req.value}"
    values = req.value if isinstance(req.value, list) else [req.value]
    return f"{req.column} = " + " or ".join(str(v) for v in values)


def _among(req: KindRequest) -> str:
    return " among rows with " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""


def code(req: KindRequest) -> str:
    """The cell for the request."""
    y = col(req.y)
    if req.group and req.y is None:
        return finish(
            [
                f"# Each {req.group}'s share of the rows",
                f"total = len({req.frame})",
                f"parts = {req.frame}[{col(req.group)}].value_counts()",
                "percent = (100 * parts / total).round(2)",
                "print(percent)",
                "",
                'result = {"rows": total, "total": total, "parts": parts, "percent": percent}',
            ],
            f"share of rows by {req.group}",
        )
    if req.group:
        return finish(
            [
                f"# Each {req.group}'s share of the total {req.y}",
                f"total = {req.frame}[{y}].sum()",
                f"parts = {req.frame}.groupby({col(req.group)})[{y}].sum().sort_values(ascending=False)",
                "percent = (100 * parts / total).round(2)",
                "print(percent)",
                "",
                f'result = {{"rows": len({req.frame}), "total": total, "parts": parts, "percent": percent}}',
            ],
            f"share of {req.y} by {req.group}",
        )
    f = "rows" if req.where else req.frame
    narrow = (
        [f"rows = {req.frame}[{where_mask(req.frame, req.where)}]  # the rows it is a share of"] if req.where else []
    )
    return finish(
        [
            f"# Share of the total {req.y}{_among(req)} from the rows where {_said(req)}",
            *narrow,
            f"total = {f}.loc[{f}[{col(req.column)}] == {req.whole!r}, {y}].sum()  # its Total row"
            if req.whole
            else f"total = {f}[{y}].sum()",
            f"part = {f}.loc[{_condition(req, f)}, {y}].sum()",
            "percent = round(100 * part / total, 2) if total else None",
            "",
            f'result = {{"rows": len({f}), "total": total, "part": part, "percent": percent}}',
        ],
        f"share of {req.y} where {_said(req)}",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows = fmt(result.get("rows"))
    if req.group:
        percent = result.get("percent") or {}
        parts = result.get("parts") or {}
        head = (
            f"Share of the rows by {req.group}, {rows} rows."
            if req.y is None
            else f"Share of the total {req.y} by {req.group} (sum of {req.y} per group over the total), {rows} rows."
        )
        lines = [f"- {req.group} {k}: {fmt(v)}% ({fmt(parts.get(k))})" for k, v in list(percent.items())[:30]]
        total = f"\n\nTotal {req.y}: {fmt(result.get('total'))}." if req.y else ""
        return head + "\n\n" + "\n".join(lines) + total
    head = (
        f"Share of the total {req.y}{_among(req)} where {_said(req)} (sum of {req.y} there over the total), "
        f"{rows} rows."
    )
    return (
        head
        + f"\n\n**{fmt(result.get('percent'))}%**: {fmt(result.get('part'))} of {fmt(result.get('total'))} {req.y}."
    )
