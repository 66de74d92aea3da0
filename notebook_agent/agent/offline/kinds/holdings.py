"""Balances of several accounts taken again and again: "what's my net worth right now", "which account has the most".

A net-worth history (Empower, Mint, a spreadsheet of month-end balances) keeps one row per account per date. What
a person has at a date is the sum of that date's balances; "right now" is the latest date's, "at its highest" the
date whose sum is highest, "go up in 2023" the sum at the year's last date less the one at the last date before
it, "usually carry" the mean of the dates' sums, and "which account has the most" the latest balance of each.
Balances are levels: never added up over the dates.
"""

from __future__ import annotations

import re
from typing import Any

from ..catalog import Column
from .base import Context, KindRequest, col, finish, fmt, said_where, where_mask

# (a register's Amount is money moving, never a balance held)
_BALANCE_PARTS = frozenset({"balance", "worth", "holding", "holdings"})
_ACCOUNT_PARTS = frozenset({"account", "accounts", "institution", "name", "holding", "asset"})
_HAVE = re.compile(
    r"\bnet\s+worth\b|\bhow\s+much\s+(?:money\s+)?(?:do|did|have)\s+(?:i|we)\s+(?:have|got|had)\b"
    r"|\b(?:total|combined|overall)\s+(?:balance|assets|savings)\b|\bdebt\b|\bmost\s+money\b|\bcarry\b"
)
_NOW = re.compile(r"\b(?:right\s+now|now|currently|today|at\s+the\s+moment|latest|current)\b")
_PEAK = re.compile(r"\b(?:highest|lowest|peak(?:ed)?|most|least|max\w*|min\w*|best|worst)\b")
_UP = re.compile(r"\b(?:go|went|gone|grow|grew|grown|rise|rose|change[ds]?|increase[ds]?|up|down|drop\w*|fall|fell)\b")
_TYPICAL = re.compile(r"\b(?:usually|typically|normally|on\s+average|average|avg|typical)\b")
_WHICH = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:account|one)\b")
_YEAR = re.compile(r"\b(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b")


def _layout(ctx: Context) -> tuple[Column, Column, Column] | None:
    """The date, the account label and the balance of a table of balances by account and date, or None."""
    dates = [c for c in ctx.columns() if c.is_date and c.kind == "datetime" and c.formula is None]
    balances = [
        c for c in ctx.columns() if c.numeric and not c.id_like and c.formula is None and set(c.stems) & _BALANCE_PARTS
    ]
    balances = [c for c in balances if "balance" in c.stems] or balances
    accounts = [
        c
        for c in ctx.columns()
        if c.categorical and not c.id_like and c.stems and c.stems[0] in _ACCOUNT_PARTS and c.n_unique
    ]
    if len(dates) != 1 or len(balances) != 1 or not accounts:
        return None
    account = min(accounts, key=lambda c: (0 if "name" in c.stems else 1, -(c.n_unique or 0)))
    rows = ctx.catalog.rows.get(ctx.frame, 0)
    if not dates[0].days or not account.n_unique or rows > 1.05 * dates[0].days * account.n_unique:
        return None  # several rows of one account on one day: transactions, not balances
    if rows < 3 * (account.n_unique or 0):
        return None  # (a balance or two per account: no history of them)
    return dates[0], account, balances[0]


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    flip = re.match(r"^\W*(?:and\s+|what\s+about\s+)?(?:the\s+|its\s+)?(?P<w>lowest|highest|least|most)\W*$", ctx.text)
    if flip and ctx.recent and ctx.last and ctx.last.get("kind") == "holdings":
        req = KindRequest.from_dict(ctx.last)  # "and the lowest?": the same sums, the other end
        req.op = "rank" if req.op == "rank" else "peak"
        req.order = "min" if flip["w"] in ("lowest", "least") else "max"
        return req
    # "when was it at its highest" right after the net worth: the same sum of balances
    following = bool(ctx.recent and ctx.last and ctx.last.get("kind") == "holdings")
    following = following and re.search(r"\b(?:it|that|this|its)\b", ctx.text) is not None
    if not _HAVE.search(ctx.text) and not (_WHICH.search(ctx.text) and _PEAK.search(ctx.text)) and not following:
        return None
    layout = _layout(ctx)
    if layout is None:
        return None
    when, account, balance = layout
    if any(m.column.numeric and m.column != balance and not m.column.is_date for m in ctx.mentions):
        return None  # another measure named ("change"): read elsewhere
    where = said_where(ctx, {when.name, balance.name})
    year = _YEAR.search(ctx.text)
    if _WHICH.search(ctx.text) and _PEAK.search(ctx.text) and "account" in ctx.text:
        op = "rank"
    elif year and _UP.search(ctx.text):
        op = "change"
    elif _PEAK.search(ctx.text) and re.search(r"\b(?:when|which\s+(?:month|day|year|date))\b", ctx.text):
        op = "peak"
    elif _TYPICAL.search(ctx.text):
        op = "typical"
    else:
        op = "now"
    low = re.search(r"\b(?:lowest|least|min\w*|worst)\b", ctx.text) is not None
    return KindRequest(
        frame=ctx.frame,
        y=balance.name,
        group=account.name,
        column=when.name,
        op=op,
        value=int(year["y"]) if year else None,
        order="min" if low else "max",
        where=where,
    )


def code(req: KindRequest) -> str:
    """The cell for the request."""
    mask = where_mask(req.frame, req.where)
    data = "data" if mask else req.frame
    lines = [f"# {req.y} of each {req.group} at each {req.column}: what is held then is their sum"]
    lines += [f"data = {req.frame}[{mask}]"] if mask else []
    lines.append(f"totals = {data}.groupby({col(req.column)})[{col(req.y)}].sum().sort_index()")
    if req.op == "rank":
        lines += [
            f"latest = {data}[{data}[{col(req.column)}] == {data}[{col(req.column)}].max()]",
            f"ranked = latest.groupby({col(req.group)})[{col(req.y)}].sum()"
            f".sort_values(ascending={req.order == 'min'})",
            "print(ranked)",
            "",
            'result = {"rows": len(latest), "when": str(latest[' + col(req.column) + "].max())[:10], "
            '"table": [[str(k), float(v)] for k, v in ranked.items()]}',
        ]
    elif req.op == "change":
        lines += [
            f"year = totals[totals.index.year == {req.value}]",
            f"before = totals[totals.index.year < {req.value}]",
            "start = before if len(before) else year",
            "print(year)",
            "",
            'result = {"rows": len(year), "from": str(start.index[-1])[:10] if len(start) else None, '
            '"first": float(start.iloc[-1]) if len(start) else None, '
            '"to": str(year.index[-1])[:10] if len(year) else None, '
            '"last": float(year.iloc[-1]) if len(year) else None}',
        ]
    else:
        lines += [
            "print(totals.tail(12))",
            "",
            'result = {"rows": len(totals), "now": float(totals.iloc[-1]) if len(totals) else None, '
            '"when": str(totals.index[-1])[:10] if len(totals) else None, '
            '"mean": float(totals.mean()) if len(totals) else None, '
            '"top": str(totals.idxmax())[:10] if len(totals) else None, '
            '"top_value": float(totals.max()) if len(totals) else None, '
            '"low": str(totals.idxmin())[:10] if len(totals) else None, '
            '"low_value": float(totals.min()) if len(totals) else None}',
        ]
    return finish(lines, f"{req.y} summed over {req.group} by {req.column}")


def answer(req: KindRequest, result: dict[str, Any]) -> str:
    """The answer from the displayed result; its first line states what was computed."""
    where = "".join(f" where {c} = {v}" for c, v in req.where)
    head = f"Sum of {req.y} at each {req.column}, all accounts together{where}"
    if req.op == "rank":
        head = f"Sum of {req.y} by {req.group}{where}"
        table = result.get("table") or []
        if not table:
            return f"{head}, no rows."
        name, value = table[0]
        lines = [f"{head}, at the latest {req.column} ({result.get('when')}), {fmt(result.get('rows'))} rows.", ""]
        lines.append(f"**{name}** holds the {'least' if req.order == 'min' else 'most'}: **{fmt(value)}**.")
        lines += [f"- {k}: {fmt(v)}" for k, v in table[:10]]
        return "\n".join(lines)
    if req.op == "change":
        first, last = result.get("first"), result.get("last")
        if first is None or last is None:
            return f"{head}: no {req.column} in {req.value}."
        delta = last - first
        return (
            f"{head}, from {result.get('from')} to {result.get('to')}.\n\n"
            f"In {req.value} the total went from {fmt(first)} to {fmt(last)}: "
            f"**{'+' if delta >= 0 else ''}{fmt(delta)}**."
        )
    if not result.get("rows"):
        return f"{head}: no rows."
    body = {
        "now": f"At the latest {req.column}, {result.get('when')}: **{fmt(result.get('now'))}**.",
        "typical": f"On average over {fmt(result.get('rows'))} {req.column}s: **{fmt(result.get('mean'))}**.",
        "peak": (
            f"Highest at **{result.get('top')}** ({fmt(result.get('top_value'))}); "
            f"lowest at **{result.get('low')}** ({fmt(result.get('low_value'))})."
            if req.order == "max"
            else f"Lowest at **{result.get('low')}** ({fmt(result.get('low_value'))}); "
            f"highest at **{result.get('top')}** ({fmt(result.get('top_value'))})."
        ),
    }[req.op or "now"]
    return f"{head}, {fmt(result.get('rows'))} {req.column}s.\n\n{body}"
