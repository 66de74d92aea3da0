"""Percentiles or quartiles of one measure ("the 90th percentile of claim amounts"), per group when one is named.

Several at once ("the 25th and 75th percentile", "quartiles of wait time") are computed in one cell: one percentile
is the request's `value` (a number), several a list. The median said beside a percentile is the 50th ("median
monthly charge, and the 90th percentile?"); the minimum, maximum or mean said in the same list are computed too
(`op`: their names, comma-separated).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .base import Context, KindRequest, col, finish, fmt

_N = r"\d{1,2}(?:\.\d+)?"
_NTH = rf"{_N}\s*(?:st|nd|rd|th)?"
_AND = r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)"
_PCT = re.compile(
    # a list of them before one word: "the 25th and 75th percentile", "10th, 50th and 90th percentiles"
    rf"\b(?P<list>{_NTH}(?:{_AND}{_NTH})+)\s+(?:percentiles?|pctls?|centiles?)\b"
    rf"|\b(?P<n>{_N})\s*(?:st|nd|rd|th)?\s+(?:percentile|pctl|centile)s?\b"
    rf"|\b(?:percentile|pctl|p)\s*(?P<n2>{_N})\b(?!\s*%)"
    r"|\b(?P<qs>(?:upper|lower|first|third|top|bottom)(?:\s+(?:and|&)\s+(?:upper|lower|first|third|top|bottom))+)"
    r"\s+quartiles?\b"
    r"|\b(?P<q>upper|lower|first|third|top|bottom)\s+quartiles?\b"
    r"|\b(?P<all>quartiles)\b"
)
_QUARTILE = {"upper": 75.0, "third": 75.0, "top": 75.0, "lower": 25.0, "first": 25.0, "bottom": 25.0}
_QUARTILES = [25.0, 50.0, 75.0]
_MEDIAN = re.compile(r"\bmedian\b|\b50(?:th)?\s+percentile\b")
# Other statistics listed beside the percentiles: "the min, median and 95th percentile".
_EXTRA = re.compile(
    r"\b(?P<min>min(?:imum)?|lowest)\b|\b(?P<max>max(?:imum)?|highest)\b|\b(?P<mean>mean|average|avg)\b"
)
# An item of a list has a separator on one side ("the min, median and ..."; "... and the max"): "min" alone may
# be a unit ("duration in min").
_BEFORE_ITEM = re.compile(r"(?:,|&|\band|\bplus)\s*(?:the\s+|its\s+)?$")
_AFTER_ITEM = re.compile(r"^\s*(?:,|&|and\b|plus\b)")
_EXTRAS = ("min", "mean", "max")
_BY = re.compile(r"\b(?:by|per|for\s+each|each|across|in\s+each)\b")


def _levels(m: re.Match[str]) -> list[float]:
    """The percentiles one match says, in the order said."""
    if m.group("list"):
        return [float(n) for n in re.findall(_N, m.group("list"))]
    if m.group("qs"):
        return [_QUARTILE[w] for w in re.findall(r"[a-z]+", m.group("qs")) if w in _QUARTILE]
    if m.group("all"):
        return list(_QUARTILES)
    said = m.group("n") or m.group("n2")
    return [float(said) if said else _QUARTILE[m.group("q")]]


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    found = list(_PCT.finditer(ctx.text))
    if not found:
        return None
    levels = list(dict.fromkeys(p for m in found for p in _levels(m)))
    if not levels or not all(0 < p < 100 for p in levels):
        return None
    measures = [
        x
        for x in ctx.mentions
        if x.column.numeric and not x.column.id_like and not any(x.start < m.end() and m.start() < x.end for m in found)
    ]
    if len({x.column.name for x in measures}) != 1:
        return None
    if _MEDIAN.search(ctx.text) and 50.0 not in levels:
        levels.append(50.0)  # "the median, and the 90th percentile": the 50th too
    spans = [(x.start, x.end) for x in ctx.mentions]
    listed = [
        e
        for e in _EXTRA.finditer(ctx.text)
        if not any(a < e.end() and e.start() < b for a, b in spans)
        and (_BEFORE_ITEM.search(ctx.text[: e.start()]) or _AFTER_ITEM.match(ctx.text[e.end() :]))
    ]
    extras = [name for name in _EXTRAS if any(e.group(name) for e in listed)]
    value: float | list[float] = levels[0] if len(levels) == 1 else sorted(levels)
    req = KindRequest(
        frame=ctx.frame, y=measures[0].column.name, value=value, agg="quantile", op=",".join(extras) or None
    )
    by = _BY.search(ctx.text)
    if by:
        groups = [
            x.column for x in ctx.mentions if x.start > by.start() and (x.column.categorical or x.column.few_values)
        ]
        groups = [g for g in groups if g.name != req.y and not g.id_like]
        if groups:
            req.group = groups[0].name
    return req


def _ordinal(p: float) -> str:
    """25 → 25th, 1 → 1st, 12.5 → 12.5th."""
    shown = fmt(p)
    if not float(p).is_integer() or 10 <= int(p) % 100 <= 20:
        return f"{shown}th"
    return shown + {1: "st", 2: "nd", 3: "rd"}.get(int(p) % 10, "th")


def _said(levels: list[float]) -> str:
    """The 25th and 75th; the 10th, 50th and 90th."""
    names = [_ordinal(p) for p in levels]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _extras(req: KindRequest) -> list[str]:
    """The other statistics asked beside the percentiles (min, mean, max)."""
    return [e for e in (req.op or "").split(",") if e in _EXTRAS]


def code(req: KindRequest) -> str:
    """The cell for the request."""
    if isinstance(req.value, list) or _extras(req):
        levels = req.value if isinstance(req.value, list) else [req.value]
        return _code_several(req, [float(p) for p in levels])
    y, q = col(req.y), float(req.value) / 100
    lines = [
        f"# The {_ordinal(req.value)} percentile of {req.y}",
        "import pandas as pd",
        "",
        f"values = pd.to_numeric({req.frame}[{y}], errors='coerce')",
    ]
    if req.group:
        lines += [
            f"per_group = values.groupby({req.frame}[{col(req.group)}]).quantile({q})",
            "",
            f'result = {{"value": float(values.quantile({q})), "rows": int(values.notna().sum()), '
            '"per_group": {str(k): float(v) for k, v in per_group.items()}}',
        ]
    else:
        lines += ["", f'result = {{"value": float(values.quantile({q})), "rows": int(values.notna().sum())}}']
    return finish(lines, f"percentile of {req.y}")


def _heading(req: KindRequest, levels: list[float]) -> str:
    """The 25th and 75th percentiles of y; the 90th percentile and maximum of y per group."""
    said = {"min": "minimum", "mean": "mean", "max": "maximum"}
    pct = f"{_said(levels)} percentile" + ("s" if len(levels) > 1 else "")
    extras = [said[e] for e in _extras(req)]
    items = [pct, *extras] if extras else [pct]
    what = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return f"The {what} of {req.y}" + (f" per {req.group}" if req.group else "")


def _code_several(req: KindRequest, levels: list[float]) -> str:
    """Several percentiles in one cell: each overall, and each per group when one is named."""
    y = col(req.y)
    shares = [round(p / 100, 6) for p in levels]
    keys = [fmt(p) for p in levels]
    lines = [
        f"# {_heading(req, levels)}",
        "import pandas as pd",
        "",
        f"values = pd.to_numeric({req.frame}[{y}], errors='coerce')",
        f"levels = {json.dumps(shares)}",
        f"names = {json.dumps(keys)}  # each percentile as the answer says it",
        "overall = values.quantile(levels)",
    ]
    extras = _extras(req)
    if extras:
        lines.append(f"other = {{name: float(getattr(values, name)()) for name in {extras!r}}}  # min, mean, max")
    if req.group:
        lines += [
            f"per_group = values.groupby({req.frame}[{col(req.group)}]).quantile(levels).unstack()",
            "",
            'result = {"values": {n: float(v) for n, v in zip(names, overall)}, "rows": int(values.notna().sum()), '
            '"per_group": {str(g): {n: float(v) for n, v in zip(names, row)} for g, row in per_group.iterrows()}}',
        ]
    else:
        lines += [
            "",
            'result = {"values": {n: float(v) for n, v in zip(names, overall)}, "rows": int(values.notna().sum())}',
        ]
    if extras:
        lines[-1] = lines[-1][:-1] + ', "other": other}'
    return finish(lines, f"percentiles of {req.y}")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    if isinstance(req.value, list) or _extras(req):
        levels = req.value if isinstance(req.value, list) else [req.value]
        return _answer_several(req, [float(p) for p in levels], result)
    p = fmt(req.value)
    head = f"The {_ordinal(req.value)} percentile of {req.y}" + (f" per {req.group}" if req.group else "")
    lines = [
        f"{head}, {fmt(result.get('rows'))} rows with a value.",
        "",
        f"{p}% of the values are at or below **{fmt(result.get('value'))}**.",
    ]
    per = result.get("per_group") or {}
    if per:
        lines += ["", *(f"- {k}: {fmt(v)}" for k, v in sorted(per.items(), key=lambda kv: -kv[1]))]
    return "\n".join(lines)


def _answer_several(req: KindRequest, levels: list[float], result: dict[str, Any]) -> str:
    """Each percentile stated, overall and then per group."""
    head = _heading(req, levels)
    values = result.get("values") or {}
    lines = [f"{head}, {fmt(result.get('rows'))} rows with a value.", ""]
    other = result.get("other") or {}
    said = {"min": "Minimum", "mean": "Mean", "max": "Maximum"}
    lines += [f"- {said[e]}: **{fmt(other.get(e))}**" for e in _extras(req) if e == "min"]
    lines += [
        f"- {_ordinal(p)} percentile" + (" (the median)" if p == 50 else "") + f": **{fmt(values.get(fmt(p)))}** "
        f"({fmt(p)}% of the values are at or below it)"
        for p in levels
    ]
    lines += [f"- {said[e]}: **{fmt(other.get(e))}**" for e in _extras(req) if e != "min"]
    per = result.get("per_group") or {}
    if per:
        lines += ["", f"Per {req.group} ({', '.join(_ordinal(p) for p in levels)}):"]
        lines += [f"- {g}: " + ", ".join(fmt(row.get(fmt(p))) for p in levels) for g, row in per.items()]
    return "\n".join(lines)
