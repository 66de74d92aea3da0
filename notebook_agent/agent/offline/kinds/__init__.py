"""The ONE table of request kinds.

Each module reads its own kind of question, writes the cell and the answer. Adding a kind means adding a
module and a line to `KINDS` (order = precedence).

Every kind implements `match(ctx) -> KindRequest | None`, `code(req) -> str` and `answer(req, result) -> str`.
Questions none of them claims go on to the general reader (`parse` → `request` → the older code writers).
"""

from __future__ import annotations

from types import ModuleType

from . import (
    best_group,
    compare,
    counts,
    crosstab,
    distinct,
    filtered,
    group_lines,
    missing,
    outliers,
    two_way,
    value_counts,
)
from .base import Context, KindRequest

KINDS: dict[str, ModuleType] = {
    "missing": missing,
    "outliers": outliers,
    "counts": counts,
    "crosstab": crosstab,
    "two_way": two_way,
    "group_lines": group_lines,
    "best_group": best_group,
    "compare": compare,
    "value_counts": value_counts,
    "filtered": filtered,
    "distinct": distinct,
}

__all__ = ["KINDS", "Context", "KindRequest", "match"]


def match(ctx: Context) -> KindRequest | str | None:
    """The first kind that claims the question (a request), a clarifying question (text), or None."""
    for name, module in KINDS.items():
        found: KindRequest | str | None = module.match(ctx)  # a module's attributes are untyped to the checker
        if found is not None:
            if isinstance(found, KindRequest):
                found.kind = name
            return found
    return None
