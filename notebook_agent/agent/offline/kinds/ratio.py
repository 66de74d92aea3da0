"""A ratio of two quantities that add up: the total of one over the total of the other, overall or per group.

"Deaths as a % of cases for each country", "conversions divided by visits by channel": the question wrote a
formula (`arithmetic` made it a derived column) of two amounts or counts. Its honest summary is the ratio of
the totals (all deaths over all cases), not the mean of each row's ratio (days with no cases have none, and a
quiet day would weigh as much as a busy one).
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import Column, summed_parts
from ..readings import all_candidates
from ..words import CURRENCY
from . import filtered
from .base import Context, KindRequest, col, finish, fmt, said_where, values_said, where_mask

# people counted in whole numbers kept as floats (blank where not reported): a pantry's Children, Individuals Served
PEOPLE_COUNTED = frozenset({"children", "child", "kid", "individual", "people", "person", "household", "adult"})
PEOPLE_COUNTED |= {"senior", "infant", "women", "men", "participant", "participating", "served", "resident"}
_AVERAGE = re.compile(r"\b(?:average|avg|mean|median|typical)\b")
_NOT_AMOUNTS = frozenset({"price", "rate", "avg", "average", "mean", "per", "each", "unit", "balance", "pct"})
_BY = re.compile(r"\b(?:by|per|for\s+each|for\s+every|each|across|in\s+each)\b")


def _parts(ctx: Context, column: Column) -> tuple[Column, Column] | None:
    if column.formula is None or column.formula[1] not in ("/", "%") or column.stems:
        return None
    a, b = ctx.catalog.get(ctx.frame, column.formula[0]), ctx.catalog.get(ctx.frame, column.formula[2])
    if a is None or b is None:
        return None
    # whole counts add up too (kept as floats where a row was not reported: a pantry's Children (0-17))
    counts = all(
        ("int" in c.dtype.lower() and (c.low or 0) >= 0) or (c.whole_floats and bool(set(c.stems) & PEOPLE_COUNTED))
        for c in (a, b)
    ) or (
        # (a count left blank on the days with none, Cracked beside Eggs Collected: a part of a whole count)
        all((c.whole_count or c.whole_floats) and (c.low or 0) >= 0 for c in (a, b)) and (b.additive or a.additive)
    )
    # a part of the table's Total column (Women of Total), whole numbers kept as decimals because of blanks
    # ... or a part of a total named alike (OvertimePay of TotalPay)
    # ("total rentals": the share of a part in it; "the average tip as a % of total bill" asks each row's)
    named = (
        (b.stems[:1] == ("total",) and len(b.stems) <= 3) or b.stems[:2] == ("grand", "total")
    ) and not _AVERAGE.search(ctx.text)
    part = b.stems == ("total",) or named or ("total" in b.stems and a.stems[-1:] == b.stems[-1:])
    # ("Cash Tips as % of (Cash Tips + Card Tips)": one of the amounts of a sum, over the sum)
    # (or Cash $ of Card $ + Cash $, the row sum of a register's tenders)
    part = part or a.name in summed_parts(b)
    of_total = part and (a.low or 0) >= 0 and ((b.low or 0) >= 0 or b.additive)
    # two amounts of money taken or paid (Store $ over Camp Fees $): totals, never a price or rate of one
    takings = all(
        (c.money_marked or CURRENCY.search(c.name)) and (c.low or 0) >= 0 and not set(c.stems) & _NOT_AMOUNTS
        for c in (a, b)
    )
    if not ((a.additive and b.additive) or counts or of_total or takings):
        return None
    return a, b


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    if filtered.happened(ctx) is not None:
        return None  # "what % have been renovated": the rows with a year of renovation, not a ratio of years
    ratios = [m for m in ctx.mentions if _parts(ctx, m.column) is not None]
    if len(ratios) != 1:
        return None
    column = ratios[0].column
    by = _BY.search(ctx.text)
    groups = [
        m.column
        for m in ctx.mentions
        if by is not None
        and m.start > by.start()
        and (m.column.categorical or m.column.few_values)
        and not ctx.catalog.names_rows(m.column)
    ]
    which = re.search(r"\b(?:which|what)\s+", ctx.text)
    if not groups and which is not None:  # "which audience segment has the best click-through rate"
        groups = [
            m.column
            for m in ctx.mentions
            if m.start == which.end() and m.column.categorical and not ctx.catalog.names_rows(m.column)
        ]
    if not groups and which is not None:
        # "which school": the label School DBN, though the word names the number SchoolYear as well
        labels = [
            m
            for m in all_candidates(ctx.question, ctx.catalog, ctx.frame)
            if m.start == which.end() and m.column.categorical and not m.column.id_like and m.score >= 40
        ]
        groups = [max(labels, key=lambda m: m.score).column] if labels else []
    if not groups:  # "cost per click for men vs women": one label's values said side by side group it
        sides = [c for c, vs in values_said(ctx).items() if len(vs) >= 2]
        groups = [c for c in ctx.columns() if c.name in sides and c.categorical][:1] if len(sides) == 1 else []
    if not groups and re.search(r"\b(?:which|what)\s+(?:day|week|month|quarter|year|season)\b", ctx.text):
        return None  # "which month had the best occupancy": periods of the dates, the general reader's
    pct = column.formula is not None and column.formula[1] == "%"
    req = KindRequest(frame=ctx.frame, y=column.name, group=groups[0].name if groups else None, agg="ratio", share=pct)
    # a count that never comes near zero (a class's Checked In, 5 and up) and leaves some rows blank was not
    # taken there: those rows are left out of both totals; a count that goes down to none or nearly (a bakery's
    # Returns, 1 and up; an airport's MILITARY, 0 and up) is none where it is blank
    # (money left blank is none collected yet: an ambulance's Collected $ beside its Billed $)
    req.known = [
        c.name
        for c in _parts(ctx, column) or ()
        if not c.complete and (c.low or 0) >= 3 and (c.whole_count or c.whole_floats) and not c.money_marked
    ]
    # "avg cost per click on exact match": the rows of the one value said of another label
    req.where = said_where(ctx, {req.group} if req.group else set())
    ranked = _RANKED.search(ctx.text)
    if ranked is not None and req.group:  # "which school has the lowest ...": that group first
        req.op, req.order = "rank", "min" if ranked["low"] else "max"
    return req


_RANKED = re.compile(
    r"\b(?:(?P<low>lowest|least|smallest|worst|poorest|cheapest|fewest)|highest|most|biggest|largest|best|top)\b"
)


def _ab(req: KindRequest) -> tuple[str, str]:
    name = req.y or ""
    sign = " as % of " if req.share else " / "
    a, _, b = name.partition(sign)
    # ("(Cash Tips + Card Tips)": a sum's column, bracketed in the ratio's name)
    return re.sub(r"^\((.*)\)$", r"\1", a), re.sub(r"^\((.*)\)$", r"\1", b)


def code(req: KindRequest) -> str:
    """The cell for the request."""
    a, b = _ab(req)
    scale = "100 * " if req.share else ""
    cols = f"[{col(a)}, {col(b)}]"
    scope: list[str] = []
    if req.where:  # "and in engineering?": the same ratio on the rows of a value
        cond = where_mask(req.frame, req.where)
        said = " and ".join(f"{c} = {v}" for c, v in req.where)
        scope = [f"# Only the rows with {said}", f"data = {req.frame}[{cond}]"]
        req = KindRequest.from_dict({**req.to_dict(), "frame": "data"})
    # (the rows where a count was not taken, left out of both totals)
    rows = f"{req.frame}.dropna(subset={[*req.known]!r})" if req.known else req.frame
    if req.group:
        lines = [
            f"# Total {a} over total {b}, for each {req.group}",
            f"totals = {rows}.groupby({col(req.group)})[{cols}].sum()",
            f"ratio = ({scale}totals[{col(a)}] / totals[{col(b)}]).sort_values(ascending=False)",
            "print(ratio.to_string())",
            "",
            'result = {"rows": len(' + req.frame + '), "per_group": ratio, "totals": totals}',
        ]
    else:
        lines = [
            f"# Total {a} over total {b}" + (", of the rows that keep " + " and ".join(req.known) if req.known else ""),
            f"totals = {rows}[{cols}].sum()",
            f"ratio = {scale}totals[{col(a)}] / totals[{col(b)}]",
            "print(ratio)",
            "",
            'result = {"rows": len(' + req.frame + '), "ratio": ratio, "totals": totals}',
        ]
    return finish([*scope, *lines], f"total {a} over total {b}")


def _where(req: KindRequest) -> str:
    return " where " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    a, b = _ab(req)
    unit = "%" if req.share else ""
    rows = fmt(result.get("rows"))
    if req.group:
        per: dict[str, Any] = result.get("per_group") or {}
        head = f"Total {a} over total {b}{_where(req)}, by {req.group}, {rows} rows."
        shown = [f"- {k}: **{fmt(v)}{unit}**" for k, v in per.items() if v is not None]
        missing = [k for k, v in per.items() if v is None]
        tail = [f"\n{', '.join(missing)}: no {b} to divide by."] if missing else []
        known = [(k, v) for k, v in per.items() if isinstance(v, int | float)]
        if req.op == "rank" and known:
            pick = (min if req.order == "min" else max)(known, key=lambda kv: kv[1])
            word = "Lowest" if req.order == "min" else "Highest"
            lead = f"{word}: **{pick[0]}** ({req.group}) at **{fmt(pick[1])}{unit}**."
            return "\n".join([head, "", lead, "", *shown, *tail])
        return "\n".join([head, "", *shown, *tail])
    totals: dict[str, Any] = result.get("totals") or {}
    return (
        f"Total {a} over total {b}{_where(req)}, {rows} rows.\n\n"
        f"**{fmt(result.get('ratio'))}{unit}** ({fmt(totals.get(a))} {a} over {fmt(totals.get(b))} {b})."
    )
