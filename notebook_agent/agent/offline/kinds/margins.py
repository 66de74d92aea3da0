"""A match's margin or combined score, in a table that keeps each side's score (Score A / Score B, home / away).

"What's the average winning margin?" is the mean of |A − B| over the matches; "how many matches were won by
exactly 2 points?" counts those whose margin is 2; "the biggest blowout" is the match of the largest margin;
"which division has the highest scoring matches?" ranks the divisions by the mean of A + B. Neither figure is a
column of the table: each is a formula of the two sides' scores (`team_record.side_pairs`).
"""

from __future__ import annotations

import re
from typing import Any

from ..parse import NUMBER_WORDS
from .base import Context, KindRequest, col, finish, fmt, said_where, where_mask
from .team_record import side_pairs

_MARGIN = re.compile(
    r"\bmargins?\b|\b(?:won|win|wins|winning|lost|lose|loses|decided)\s+by\s+(?:exactly\s+|just\s+|only\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|more|less|fewer|at\s+least|at\s+most)\b"
    r"|\bblow\s?outs?\b|\bpoint\s+(?:differential|difference|spread|gap)\b|\bclosest\s+(?:games?|matches?)\b"
)
# (a match's goals per game, by year or per team, are read elsewhere: the match's total as a derived column)
_TOTAL = re.compile(
    r"\b(?:highest|lowest|most|least|high|low)[\s-]scoring\b|\bcombined\s+(?:score|points|goals|runs)\b"
)
_BOUND = re.compile(
    r"\bby\s+(?P<exact>exactly\s+|just\s+|only\s+)?(?P<lead>more\s+than\s+|less\s+than\s+|fewer\s+than\s+|at\s+least\s+"
    r"|at\s+most\s+|under\s+|over\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?:\s+(?:points?|goals?|runs?))?(?P<tail>\s+or\s+(?:more|less|fewer))?"
)
_LEADS = {"more than": ">", "over": ">", "less than": "<", "fewer than": "<", "under": "<", "at least": ">=",
          "at most": "<="}  # fmt: skip
_AVERAGE = re.compile(r"\b(?:average|avg|mean|typical|typically|usually|usual|median)\b")
_LOW = re.compile(r"\b(?:lowest|least|smallest|closest|fewest|low)\b")
_HIGH = re.compile(r"\b(?:highest|most|biggest|largest|widest|high|blow\s?outs?)\b")


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    teams, scores = side_pairs(ctx.columns())
    if teams is None or scores is None:
        return None
    text = ctx.text
    what = "margin" if _MARGIN.search(text) else "total" if _TOTAL.search(text) else None
    if what is None:
        return None
    sides = {teams[0].name, teams[1].name, scores[0].name, scores[1].name}
    groups = [
        m.column
        for m in ctx.mentions
        if m.column.categorical and m.column.name not in sides and len([v for v in m.column.values if v.strip()]) > 2
    ]
    if not groups and re.search(r"\b(?:which|what|each|per)\s+(?!teams?\b|sides?\b|match|game|was\b|is\b)[a-z]+", text):
        return None  # "which season had the highest scoring games": a ranking of another column, read elsewhere
    req = KindRequest(
        frame=ctx.frame,
        column=scores[0].name,
        group=groups[0].name if groups else None,
        y=scores[1].name,
        agg=what,
        order="min" if _LOW.search(text) and not _HIGH.search(text) else "max",
        where=said_where(ctx, sides | ({groups[0].name} if groups else set())),
    )
    bound = _BOUND.search(text) if what == "margin" else None
    if bound is not None and not req.group:
        n = bound.group("n")
        req.value = float(NUMBER_WORDS.get(n, n))
        lead = re.sub(r"\s+", " ", (bound.group("lead") or "").strip())
        tail = (bound.group("tail") or "").split()[-1:]
        req.op = _LEADS.get(lead) or {"more": ">=", "less": "<=", "fewer": "<="}.get(tail[0] if tail else "", "==")
        req.share = bool(re.search(r"%|\bpercent|\bshare\b|\bproportion\b|\bhow\s+often\b|\bfraction\b", text))
    elif not req.group and not _AVERAGE.search(text) and (_HIGH.search(text) or _LOW.search(text)):
        req.op = "top"  # the one match of the largest (or smallest) margin
    return req


def _formula(req: KindRequest) -> str:
    a, b = col(req.column), col(req.y)
    return f"(data[{a}] - data[{b}]).abs()" if req.agg == "margin" else f"data[{a}] + data[{b}]"


def _what(req: KindRequest) -> str:
    if req.agg == "margin":
        return f"Winning margin (|{req.column} − {req.y}|)"
    return f"Combined score ({req.column} + {req.y})"


def code(req: KindRequest) -> str:
    """The cell for the request."""
    mask = where_mask(req.frame, req.where)
    said = " and ".join(f"{c} = {v}" for c, v in req.where)
    lines = [
        f"# {_what(req)} of each match" + (f" where {said}" if said else ""),
        f"data = {req.frame}[{mask}]" if mask else f"data = {req.frame}",
        f"data = data.dropna(subset=[{col(req.column)}, {col(req.y)}])",
        f"each = {_formula(req)}",
    ]
    if req.group:
        g = col(req.group)
        lines += [
            f"by_group = each.groupby(data[{g}]).agg(['mean', 'median', 'count'])",
            f"by_group = by_group.sort_values('mean', ascending={req.order == 'min'})",
            "print(by_group.round(3))",
            "",
            'result = {"rows": len(data), "table": [[str(k), *r] for k, r in zip(by_group.index, '
            "by_group.values.tolist())]}",
        ]
    elif req.op is not None and req.op != "top":
        lines += [
            f"hit = each {req.op} {req.value!r}",
            'print(f"{hit.sum()} of {len(data)} matches")',
            "",
            'result = {"rows": len(data), "count": int(hit.sum()), "percent": 100 * hit.mean() if len(data) else None}',
        ]
    elif req.op == "top":
        pick = "idxmin" if req.order == "min" else "idxmax"
        lines += [
            f"row = data.loc[each.{pick}()] if len(data) else None",
            "print(row)",
            "",
            'result = {"rows": len(data), "value": each.loc[row.name] if row is not None else None, '
            '"match": {k: str(v) for k, v in row.items()} if row is not None else {}}',
        ]
    else:
        lines += [
            "print(each.describe())",
            "",
            'result = {"rows": len(data), "mean": each.mean(), "median": each.median(), "max": each.max()}',
        ]
    return finish(lines, _what(req))


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    where = " where " + " and ".join(f"{c} = {v}" for c, v in req.where) if req.where else ""
    rows = fmt(result.get("rows"))
    what = _what(req)
    if req.group:
        table = result.get("table") or []
        head = f"Mean {what[0].lower() + what[1:]} by {req.group}{where}, {rows} matches."
        if not table:
            return head + "\n\nNo matches to compare."
        best = table[0]
        word = "lowest" if req.order == "min" else "highest"
        lines = [head, "", f"The {word}: {req.group} **{best[0]}** with a mean of {fmt(best[1])}."]
        lines += ["", *(f"- {t[0]}: mean {fmt(t[1])}, median {fmt(t[2])}, n = {fmt(t[3])}" for t in table)]
        return "\n".join(lines)
    if req.op is not None and req.op != "top":
        head = f"Matches whose {what[0].lower() + what[1:]} {req.op} {fmt(req.value)}{where}, out of {rows}."
        return head + f"\n\n**{fmt(result.get('count'))}** of {rows} matches ({fmt(result.get('percent'))}%)."
    if req.op == "top":
        word = "smallest" if req.order == "min" else "largest"
        match = result.get("match") or {}
        head = f"The match of the {word} {what[0].lower() + what[1:]}{where}, {rows} matches."
        if not match:
            return head + "\n\nNo matches."
        shown = ", ".join(f"{k} {v}" for k, v in match.items())
        return head + f"\n\n**{fmt(result.get('value'))}**: {shown}."
    head = f"{what} of each match{where}, {rows} matches."
    return (
        head + f"\n\nMean **{fmt(result.get('mean'))}**, median {fmt(result.get('median'))}, "
        f"largest {fmt(result.get('max'))}."
    )
