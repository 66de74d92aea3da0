"""Tables of counts: the count column is summed, never rows counted.

Tables of counts (a Freq/n/count column, rows are categories): totals, counts per group, shares ("what share
survived, by class"), and two-way tables with a chi-square test — summing the count column, not counting rows.
Groups are ranked by their sums ("which species is caught the most?"), two groupings after "by" make a table of
sums ("catch by port and species"), and "in how many months did X land more than 2000" counts the groups whose
sum passes the bound.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import find_values
from .base import Context, KindRequest, col, finish, fmt, p_words, positive_value, where_mask

_COUNT = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b|\btotal\b|\bper\b|\bby\b|\beach\b")
_SHARE = re.compile(r"\bshare\b|\brate\b|\bpercent\w*|\bproportion\b|\bfraction\b|%")
_COMPARE = re.compile(
    r"\b(?:more|less)\s+(?:common|frequent|likely|often)\b|\bcompare\w*|\bdiffer\w*|\bvs\.?\b|\bversus\b|\bthan\b"
    r"|\b(?:busier|quieter|bigger|more\s+popular)\b"  # "saturdays or sundays, which is busier"
)
# A yes/no question with a value after more/less: "are night accidents more serious?", "less often fatal?"
_MORE_VALUE = re.compile(
    r"^\W*(?:are|is|were|was|do|does|did)\b.*?\b(?:more|less)\s+(?:likely\s+(?:to\s+be\s+)?|often\s+)?(?P<w>[a-z])"
)
_PER_TIME = re.compile(r"\b(?:per|each|every|by|a|which|what)\s+(?:year|month|week|day|decade|quarter)s?\b")
_OF_THEM = re.compile(r"\b(?:of|among)\s+(?:them|those|these)\b")
_CROSS = re.compile(r"\bcross[- ]?tab\w*|\btwo[- ]way\b|\bcontingency\b")
# "which species is caught the most?", "which month has the biggest catch?": groups ranked by their summed counts
_WHICH = re.compile(r"\b(?:which|what|who)\b")
_RANK_MAX = re.compile(r"\b(?:most|highest|largest|biggest|greatest|top|best)\b")
_RANK_MIN = re.compile(r"\b(?:least|fewest|lowest|smallest|worst)\b")
# "in how many months did X land more than 2000": groups whose summed count passes a bound
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<noun>[a-z]+)")
_BOUND = re.compile(
    r"\b(?P<op>more\s+than|over|above|greater\s+than|at\s+least|less\s+than|fewer\s+than|under|below|at\s+most)"
    r"\s+(?P<v>\d+(?:\.\d+)?)\b"
)
_BOUND_OPS = {"at least": ">=", "at most": "<=", "less than": "<", "fewer than": "<", "under": "<", "below": "<"}


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    weight = ctx.weight()
    if weight is None:
        return None
    kinds_of = re.search(r"\b(?:how\s+many|number\s+of)\s+(?:different|distinct|unique|separate)\s+", ctx.text)
    if kinds_of and any(m.start == kinds_of.end() and m.column.categorical for m in ctx.mentions):
        return None  # "how many different species were seen": the species, each once, not the individuals counted
    if _PER_TIME.search(ctx.text) and any(c.year_like or c.is_date for c in ctx.columns()):
        return None  # "total babies per year", "how many names per year": over time, read by the general reader
    if re.search(r"\b(?:rows?|entries|records|pics|pictures|photos|images|shots)\b", ctx.text):
        # "how many rows per gender", "what percent of pics were empty" (a camera's Count is 0 on them): the rows
        return None
    if any(
        m.column.numeric
        and m.column != weight
        and not (m.column.id_like or m.column.year_like or m.column.is_date)
        and m.score >= 90
        for m in ctx.mentions
    ):
        return None  # "how many hours were logged": a measure said by its name is summed, not the counts
    cats = [m.column for m in ctx.mentions if m.column.categorical]
    req = KindRequest(frame=ctx.frame, weight=weight.name)
    if _CROSS.search(ctx.text) and len(cats) >= 2:
        req.group, req.group2, req.agg = cats[0].name, cats[1].name, "crosstab"
        return req
    outcome = next((c for c in cats if positive_value(c, ctx.question)), None)
    share = bool(_SHARE.search(ctx.text))
    # Named values filter the rows ("female applicants"): Gender = Female
    taken = [(m.start, m.end) for m in ctx.mentions]
    named: dict[str, list[str]] = {}
    values = find_values(ctx.question, ctx.catalog, ctx.frame, taken)
    for v in values:
        named.setdefault(v.column.name, []).append(v.value)
    compared = [k for k, vs in named.items() if len(set(vs)) >= 2]
    if len(compared) == 1 and _COMPARE.search(ctx.text):
        # "are blue eyes more common in women than in men?": the share of the other value within each sex
        rest = {k: vs[0] for k, vs in named.items() if k != compared[0] and len(set(vs)) == 1}
        if len(rest) == 1 and (outcome is None or outcome.name in rest):
            ((column, value),) = rest.items()
            req.group, req.column, req.value, req.share, req.agg = compared[0], column, value, True, "share"
            return req
    if len(compared) == 1 and len(named) == 1 and _COMPARE.search(ctx.text):
        # "total count for Jennifer vs Ashley": the summed counts of each value said, side by side
        req.group, req.agg = compared[0], "sum"
        req.left_out = [[compared[0], "in", list(dict.fromkeys(named[compared[0]]))]]
        return req
    more = _MORE_VALUE.search(ctx.text)
    if more and len(named) == 2:
        # "are accidents in the dark more serious?": the share of the value said after more (severity = Serious)
        # within each group of the other named column (light_cond: Dark against the rest)
        said = [v for v in values if v.start == more.start("w")]
        if said:
            other = [k for k in named if k != said[0].column.name and len(set(named[k])) == 1]
            if len(other) == 1:
                req.group, req.column, req.value = other[0], said[0].column.name, said[0].value
                req.share, req.agg = True, "share"
                return req
    where = {k: vs[0] for k, vs in named.items()}
    last = ctx.last if ctx.recent and ctx.last and ctx.last.get("kind") == "counts" else None
    if last is not None and _OF_THEM.search(ctx.text):
        # "which state had the most of them?" after the boys named Noah in 2014: among those rows; "how many of
        # those were with a gp" after the same-day appointments: those rows, and the value said
        where = {**{str(c): v for c, v in last.get("where") or []}, **where}
        req.left_out = [list(x) for x in last.get("left_out") or []]
    counted = _groups_over(ctx, cats, where)
    if counted is not None:
        counted.weight = weight.name
        return counted
    if share and outcome is None:  # "what share ... got in": the one two-valued column not filtered on
        two = [
            c
            for c in ctx.columns()
            if c.categorical and c.name not in where and c.name != weight.name and positive_value(c, ctx.question)
        ]
        outcome = two[0] if len(two) == 1 else None
    if share and outcome is None and len(where) == 1 and not re.search(r"\b(?:by|per|each|within)\b", ctx.text):
        # "what share of people have blue eyes?": the named value's part of the total
        ((column, value),) = where.items()
        req.column, req.value, req.share, req.agg = column, value, True, "share"
        return req
    by = re.search(r"\b(?:by|per|for each|each|across|within)\b", ctx.text)
    groups = [c for c in cats if c is not outcome and c.name not in where]
    if by:
        after = [m.column for m in ctx.mentions if m.start > by.start() and m.column in groups]
        groups = after or groups
    if by and len(groups) == 2 and not share and outcome is None:
        # "catch by port and species": the summed counts of every pair of the two groupings, as a table
        req.group, req.group2, req.agg = groups[0].name, groups[1].name, "crosstab"
        req.where = [[k, v] for k, v in where.items()]
        return req
    ranked = _WHICH.search(ctx.text) and (_RANK_MAX.search(ctx.text) or _RANK_MIN.search(ctx.text))
    if ranked and groups and not share and outcome is None:
        req.group, req.agg = groups[0].name, "sum"
        req.order = "min" if _RANK_MIN.search(ctx.text) and not _RANK_MAX.search(ctx.text) else "max"
        req.where = [[k, v] for k, v in where.items() if k != req.group]
        req.share = False
        req.op = "rank"
        return req
    # "which department admits the highest share": the share per department
    req.group = groups[0].name if groups and (by or (share and re.search(r"\bwhich\b", ctx.text))) else None
    req.where = [[k, v] for k, v in where.items() if k not in (req.group, outcome.name if outcome else None)]
    if outcome is not None:
        req.column, req.value = outcome.name, positive_value(outcome, ctx.question)
    if share and outcome is not None:
        req.share, req.agg = True, "share"
        return req
    if share and outcome is None and req.group:
        # "what share of the catch comes from each port?": each group's part of the total
        req.agg, req.share = "sum", True
        return req
    if _COUNT.search(ctx.text):
        req.agg = "sum"
        return req
    return None


def _groups_over(ctx: Context, cats: list[Any], where: dict[str, str]) -> KindRequest | None:
    """Groups whose summed count passes a bound, among the rows of the values named.

    "In how many months did Peterhead land more than 2000 mackerel?": the months, among Port = Peterhead and
    Species = Mackerel, whose sum of the count column is over 2000.
    """
    many = _HOW_MANY.search(ctx.text)
    bound = _BOUND.search(ctx.text)
    if many is None or bound is None:
        return None
    noun = [m.column for m in ctx.mentions if m.start == many.start("noun") and m.column in cats]
    if not noun or noun[0].name in where:
        return None
    value = float(bound.group("v"))
    return KindRequest(
        frame=ctx.frame,
        group=noun[0].name,
        op=_BOUND_OPS.get(re.sub(r"\s+", " ", bound.group("op")), ">"),
        value=int(value) if value.is_integer() else value,
        agg="groups_over",
        where=[[k, v] for k, v in where.items()],
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    f, w = req.frame, col(req.weight)
    lines = [
        f"# Each row of {f} stands for {req.weight} cases: sum {req.weight} rather than counting rows",
    ]
    if req.where:
        condition = where_mask(f, req.where)
        lines.append(f"rows = {f}[{condition}]")
        f = "rows"
    if req.agg == "groups_over":
        lines += [
            "",
            f"totals = {f}.groupby({col(req.group)})[{w}].sum()",
            f"over = totals[totals {req.op} {req.value!r}]",
            "print(over)",
            "",
            f'result = {{"rows": len({f}), "groups": len(totals), "matching": len(over), "values": over}}',
        ]
        return finish(lines, f"{req.group} groups with summed {req.weight} {req.op} {req.value}")
    if req.agg == "crosstab":
        lines += [
            "from scipy import stats",
            "",
            f"table = pd.crosstab({f}[{col(req.group)}], {f}[{col(req.group2)}], values={f}[{w}], "
            'aggfunc="sum").fillna(0)',
            "print(table)",
            "chi2, p, dof, expected = stats.chi2_contingency(table)",
            "",
            'result = {"rows": len(' + f + '), "total": table.to_numpy().sum(), "table": table, "chi2": chi2, '
            '"p": p, "dof": dof}',
        ]
        return finish(lines, f"{req.group} by {req.group2}, summing {req.weight}")
    cond = f"{f}[{col(req.column)}] == {req.value!r}" if req.column else None
    if req.agg == "share" and req.group:
        by = f".groupby({col(req.group)})"
        lines += [
            "from scipy import stats",
            "",
            f"everyone = {f}{by}[{w}].sum()",
            f"positive = {f}[{cond}]{by}[{w}].sum().reindex(everyone.index, fill_value=0)",
            "share = (100 * positive / everyone).round(2)",
            "print(share)",
            "# do the shares differ more than chance would make them? (chi-square test on the yes/no counts)",
            "table = pd.concat([positive, everyone - positive], axis=1)",
            "testable = len(table) >= 2 and bool((table > 0).all().all())",
            "chi2, p = stats.chi2_contingency(table)[:2] if testable else (None, None)",
            "",
            f'result = {{"rows": len({f}), "share": share, "positive": positive, "total": everyone, "chi2": chi2, '
            '"p": p}',
        ]
        return finish(lines, f"share with {req.column} = {req.value} by {req.group}")
    if req.agg == "share":
        lines += [
            "",
            f"positive = {f}[{cond}][{w}].sum()",
            f"everyone = {f}[{w}].sum()",
            "share = (100 * positive / everyone).round(2)",
            "print(share)",
            "",
            f'result = {{"rows": len({f}), "share": share, "positive": positive, "total": everyone}}',
        ]
        return finish(lines, f"share with {req.column} = {req.value}")
    subset = f"{f}[{cond}]" if cond else f
    by = f".groupby({col(req.group)})" if req.group else ""
    ranked = ".sort_values(ascending=False)" if req.op == "rank" else ""
    lines += [
        "",
        f"counts = {subset}{by}[{w}].sum(){ranked}",
        "print(counts)",
        *(["shares = (100 * counts / counts.sum()).round(2)  # each group's part of the total"] if req.share else []),
        "",
        f'result = {{"rows": len({f}), "counts": counts, "total": {f}[{w}].sum()'
        + (', "shares": shares}' if req.share else "}"),
    ]
    return finish(lines, f"sum of {req.weight}")


_OP_WORDS = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    rows = fmt(result.get("rows"))
    among = " among " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""
    if req.agg == "crosstab":
        table = result.get("table") or {}
        head = (
            f"Sum of {req.weight}{among} by {req.group} and {req.group2}, {rows} rows (each row counts {req.weight})."
        )
        lines = [
            head,
            "",
            f"| {req.group2} \\\\ {req.group} | " + " | ".join(str(k) for k in table) + " |",
            "|---|" + "---|" * len(table),
        ]
        keys = list(next(iter(table.values()), {}).keys()) if table else []
        for k in keys:
            lines.append(f"| {k} | " + " | ".join(fmt(table[c].get(k)) for c in table) + " |")
        lines.append(f"\nChi-square test of independence: χ² = {fmt(result.get('chi2'))}, {p_words(result.get('p'))}.")
        return "\n".join(lines)
    if req.agg == "groups_over":
        over = result.get("values") or {}
        head = (
            f"{req.group} groups whose sum of {req.weight}{among} is {_OP_WORDS.get(req.op or '', req.op)} "
            f"{fmt(req.value)}, {rows} rows."
        )
        listing = ", ".join(f"{k}: {fmt(v)}" for k, v in list(over.items())[:20])
        found = f"**{fmt(result.get('matching'))}** of {fmt(result.get('groups'))} {req.group} groups"
        return f"{head}\n\n{found}" + (f" ({listing})." if listing else ".")
    where = f" with {req.column} = {req.value}" if req.column else ""
    if req.agg == "share":
        share = result.get("share")
        head = (
            f"Share{where}{among}"
            + (f" by {req.group}" if req.group else "")
            + f", summing {req.weight} over {rows} rows."
        )
        if isinstance(share, dict):
            lines = [f"- {req.group} {k}: {fmt(v)}%" for k, v in share.items()]
            known = {k: v for k, v in share.items() if isinstance(v, int | float)}
            if len(known) >= 2:
                top, low = max(known, key=known.__getitem__), min(known, key=known.__getitem__)
                ends = f"{req.group} {top} ({fmt(known[top])}%); lowest: {req.group} {low} ({fmt(known[low])}%)"
                lines.append(
                    f"\nHighest: {ends}."
                    if known[top] != known[low]
                    else f"\nEvery {req.group} has the same share ({fmt(known[top])}%)."
                )
            if result.get("chi2") is not None:
                lines.append(f"\nChi-square test: χ² = {fmt(result.get('chi2'))}, {p_words(result.get('p'))}.")
            return head + "\n\n" + "\n".join(lines)
        return head + f"\n\n**{fmt(share)}%** ({fmt(result.get('positive'))} of {fmt(result.get('total'))})."
    counts = result.get("counts")
    part = " and each group's share of the total" if req.share and req.group else ""
    head = f"Sum of {req.weight}{where}{among}" + (f" by {req.group}" if req.group else "") + f"{part}, {rows} rows."
    if isinstance(counts, dict) and req.op == "rank":
        known = {k: v for k, v in counts.items() if isinstance(v, int | float)}
        if known:
            best = max(known.values()) if req.order == "max" else min(known.values())
            winners = " and ".join(f"**{k}**" for k, v in known.items() if v == best)
            word = "most" if req.order == "max" else "least"
            listing = ", ".join(f"{k}: {fmt(v)}" for k, v in list(known.items())[:15])
            return f"{head}\n\nThe {word}: {req.group} {winners} with {fmt(best)}.\n\nAll groups: {listing}."
    if isinstance(counts, dict) and req.share:
        shares = result.get("shares") or {}
        lines = [f"- {req.group} {k}: {fmt(v)} (**{fmt(shares.get(k))}%** of the total)" for k, v in counts.items()]
        return head + "\n\n" + "\n".join(lines) + f"\n\nTotal {fmt(result.get('total'))}."
    if isinstance(counts, dict):
        return head + "\n\n" + "\n".join(f"- {req.group} {k}: {fmt(v)}" for k, v in counts.items())
    return head + f"\n\n**{fmt(counts)}** in total (each row counts {req.weight}, so rows are not counted)."
