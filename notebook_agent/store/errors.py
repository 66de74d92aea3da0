"""The store's errors live in `notebook_agent/errors.py` (StoreError and its schema-version errors).

`TwoPartError` stays importable here for `accounts/errors.py`, whose classes derive from it until they move into
the error tree too: the tree's base takes (problem, todo) itself.
"""

from __future__ import annotations

from ..errors import NotebookAgentError

__all__ = ["TwoPartError"]

TwoPartError = NotebookAgentError
