"""Missing values: per column; rows still waiting for an end date; and the time between two date columns.

"Are any values missing?" counts the missing values of every column. A frame with a start and an end date
(opened/closed, ordered/shipped, admitted/discharged) answers "how long" questions (stays, their length, time in,
turnaround, the longest or shortest when no measure is named) with the difference end − start, in hours and days:
its mean and median, per group when a label column or one of its values is named ("do high priority tickets get
closed faster?"); "how many haven't been closed yet?" counts the rows whose end date is missing.
"""

from __future__ import annotations

import re
from typing import Any

from ..columns import Column, find_mentions, find_values
from .base import Context, KindRequest, col, finish, fmt

_ASK = re.compile(
    r"\bmissing\b|\bnulls?\b|\bnan\b|\bn/?a values\b|\bblanks?\b|\bempty (?:cells|values)\b|\bincomplete\b"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    timed = _durations(ctx)
    if timed is not None:
        return timed
    return KindRequest(frame=ctx.frame) if _ASK.search(ctx.text) else None


def code(req: KindRequest) -> str:
    """The cell for the request."""
    if req.agg == "duration" or req.op == "missing":
        return _durations_code(req)
    return finish(
        [
            f"# Missing values per column of {req.frame}",
            f"missing = {req.frame}.isna().sum()",
            "print(missing.to_string())",
            "",
            f'result = {{"rows": len({req.frame}), "missing": missing}}',
        ],
        "missing values per column",
    )


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    if req.agg == "duration" or req.op == "missing":
        return _durations_answer(req, result)
    rows, missing = result.get("rows") or 0, result.get("missing") or {}
    lines = [f"Missing values per column of {req.frame}, {fmt(rows)} rows."]
    gaps = {k: v for k, v in missing.items() if v}
    if not gaps:
        lines.append(f"\nNo missing values: all {len(missing)} columns are complete.")
    else:
        lines.append("")
        lines += [f"- {k}: {fmt(v)} ({100 * v / rows:.1f}%)" for k, v in gaps.items()]
        lines.append(f"\nThe other {len(missing) - len(gaps)} columns have no missing values.")
    return "\n".join(lines)


_HOW_LONG = re.compile(
    r"\bhow\s+(?:long|quickly|fast|soon)\b|\btime\s+(?:it\s+takes\s+)?to\s+[a-z]|\bturn\s*around\b|\bduration\b"
    r"|\b(?:faster|slower|quicker|sooner)\b|\btakes?\s+(?:to|longer|less|more)\b|\b(?:wait|waiting|lead)\s+times?\b"
    r"|\b(?:days|hours|minutes)\s+(?:does\s+it\s+take\s+)?to\s+[a-z]|\btime\s+between\b"
    # a stay, and its length: "how long do patients stay", "the longest stays", "length of stay", "LOS"
    r"|\bstay(?:s|ed|ing)?\b|\blength\s+of\s+(?:stay|time)\b|\blos\b|\btime\s+(?:in|spent|taken)\b"
    r"|\b(?:longest|shortest|longer|shorter|quickest|slowest|fastest)\b"
)
# Rows still waiting for their end date: "haven't been closed yet", "not shipped", "still open".
_NOT_YET = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:been\s+|yet\s+|being\s+|got\s+|gotten\s+)*(?P<verb>[a-z]{4,})"
    r"|\b(?:still|remain|remaining)\s+(?:open|pending|outstanding|unresolved|waiting)\b|\bunresolved\b|\bpending\b"
)
_START = re.compile(
    r"open|creat|start|begin|submit|order|receiv|arriv|check_?in|admi|request|placed|sign|issue|report|log|raise"
    r"|book|born|birth|hire|enrol|join|from",
    re.I,
)
_END = re.compile(
    r"clos|resolv|end|finish|complet|ship|deliver|done|check_?out|discharg|respon|answer|fix|return|paid|fulfil"
    r"|cancel|death|died|leave|left|exit|until|to$",
    re.I,
)


def _dates(ctx: Context) -> list[Column]:
    return [c for c in ctx.columns() if c.is_date]


def _pair(ctx: Context, dates: list[Column]) -> tuple[Column, Column] | None:
    """The start and the end date: the two date columns, told apart by their names, else by their order."""
    named = [m.column for m in ctx.mentions if m.column.is_date]
    starts = [c for c in dates if _START.search(c.name) and not _END.search(c.name)]
    ends = [c for c in dates if _END.search(c.name) and not _START.search(c.name)]
    if len(dates) == 2:
        a, b = dates
        if a in ends or b in starts:
            a, b = b, a
        return a, b
    end = next((c for c in named if c in ends), ends[0] if len(ends) == 1 else None)
    start = next((c for c in named if c in starts), starts[0] if len(starts) == 1 else None)
    return (start, end) if start is not None and end is not None else None


def _group(ctx: Context) -> Column | None:
    """A label column the question names, or whose value it names ("high priority")."""
    labels = [m.column for m in ctx.mentions if m.column.categorical and not ctx.catalog.names_rows(m.column)]
    if labels:
        return labels[0]
    taken = [(m.start, m.end) for m in ctx.mentions if m.score >= 90]
    found = find_values(ctx.question, ctx.catalog, ctx.frame, taken)
    values = [v.column for v in found if not ctx.catalog.names_rows(v.column)]
    return values[0] if values else None


def _durations(ctx: Context) -> KindRequest | None:
    """Time between two dates, or rows still waiting for their end date; None when the question asks neither."""
    dates = _dates(ctx)
    if len(dates) < 2:
        return None
    if any(m.column.numeric and not m.column.id_like for m in ctx.mentions):
        return None  # a measure is named: the question is about it
    waiting = _NOT_YET.search(ctx.text)
    if waiting and re.search(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bshare\b|\bpercent|\bproportion", ctx.text):
        verb = waiting.group("verb")
        said = [m.column for m in find_mentions(verb, ctx.catalog, ctx.frame) if m.column.is_date] if verb else []
        pair = _pair(ctx, dates)
        end = said[0] if said else (pair[1] if pair and not verb else None)
        if end is not None:
            return KindRequest(frame=ctx.frame, column=end.name, op="missing", agg="count")
    if not _HOW_LONG.search(ctx.text):
        return None
    pair = _pair(ctx, dates)
    if pair is None:
        return None
    group = _group(ctx)
    order = "min" if re.search(r"\b(?:faster|quicker|sooner|quickest|fastest)\b", ctx.text) else "max"
    return KindRequest(
        frame=ctx.frame,
        column=pair[0].name,
        y=pair[1].name,
        group=group.name if group is not None else None,
        agg="duration",
        order=order,
    )


def _durations_code(req: KindRequest) -> str:
    if req.op == "missing":
        c = col(req.column)
        return finish(
            [
                f"# Rows with no {req.column} yet",
                f"waiting = {req.frame}[{c}].isna()",
                f'result = {{"rows": len({req.frame}), "waiting": int(waiting.sum())}}',
            ],
            f"rows with no {req.column}",
        )
    start, end = col(req.column), col(req.y)
    lines = [
        f"# Time from {req.column} to {req.y} on each row, in hours",
        f"start = pd.to_datetime({req.frame}[{start}], errors='coerce')",
        f"end = pd.to_datetime({req.frame}[{end}], errors='coerce')",
        "hours = (end - start).dt.total_seconds() / 3600",
        "print(hours.describe())",
        "",
    ]
    if req.group:
        g = col(req.group)
        lines += [
            f'summary = hours.groupby({req.frame}[{g}]).agg(["mean", "median", "count"])',
            "print(summary)",
            f"hours.groupby({req.frame}[{g}]).mean().plot.bar(figsize=(8, 4), ylabel='mean hours')",
        ]
    else:
        lines += ["summary = None", "hours.plot.hist(bins=30, figsize=(8, 4)).set_xlabel('hours')"]
    lines += [
        "plt.show()",
        "",
        'result = {"rows": int(hours.notna().sum()), "waiting": int(end.isna().sum()), '
        '"mean": hours.mean(), "median": hours.median(), "summary": summary}',
    ]
    return finish(lines, f"time from {req.column} to {req.y}")


def _both(hours: Any) -> str:
    if hours is None:
        return "n/a"
    return f"{fmt(hours)} hours ({fmt(hours / 24)} days)"


def _durations_answer(req: KindRequest, result: dict[str, Any]) -> str:
    rows = result.get("rows") or 0
    if req.op == "missing":
        waiting = result.get("waiting") or 0
        return (
            f"Rows with no {req.column} yet, out of {fmt(rows)} rows.\n\n**{fmt(waiting)}** rows have no "
            f"{req.column} ({100 * waiting / max(rows, 1):.1f}%)."
        )
    head = f"Time from {req.column} to {req.y}, {fmt(rows)} rows with both dates."
    lines = [head, "", f"Mean **{_both(result.get('mean'))}**; median {_both(result.get('median'))}."]
    if result.get("waiting"):
        lines.append(f"{fmt(result['waiting'])} rows have no {req.y} yet and are not counted.")
    summary = result.get("summary") or {}
    if req.group and summary:
        lines.append("")
        lines += [
            f"- {req.group} {k}: mean {_both(v.get('mean'))}, median {_both(v.get('median'))}, "
            f"n = {fmt(v.get('count'))}"
            for k, v in summary.items()
        ]
        means = {k: v.get("mean") for k, v in summary.items() if v.get("mean") is not None}
        if len(means) >= 2:
            quick = min(means, key=lambda k: means[k])
            slow = max(means, key=lambda k: means[k])
            lines.append(f"\nShortest on average: {req.group} {quick}; longest: {req.group} {slow}.")
    return "\n".join(lines)
