"""Missing values per column."""

from __future__ import annotations

import re
from typing import Any

from .base import Context, KindRequest, finish, fmt

_ASK = re.compile(
    r"\bmissing\b|\bnulls?\b|\bnan\b|\bn/?a values\b|\bblanks?\b|\bempty (?:cells|values)\b|\bincomplete\b"
)


def match(ctx: Context) -> KindRequest | None:
    """The request this kind reads in the question, or None."""
    return KindRequest(frame=ctx.frame) if _ASK.search(ctx.text) else None


def code(req: KindRequest) -> str:
    """The cell for the request."""
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
