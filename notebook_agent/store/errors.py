"""Errors of the app's relational store.

NotebookAgentError
└── TwoPartError                 (problem, todo): the base of these and of the accounts' errors
    └── StoreError               the app's database cannot be used
        └── SchemaVersionError   the database's schema is not the one this app was built for
            ├── SchemaTooOldError    older: `notebook-agent db upgrade` brings it up to date
            └── SchemaTooNewError    newer: a newer notebook-agent wrote it

They live beside the store (not in `accounts/errors.py`) so that the store never imports the accounts package,
which is built on top of it; both move into `notebook_agent/errors.py` when the error tree is consolidated.
"""

from __future__ import annotations

from ..errors import NotebookAgentError

__all__ = ["SchemaTooNewError", "SchemaTooOldError", "SchemaVersionError", "StoreError", "TwoPartError"]


class TwoPartError(NotebookAgentError):
    """An error in two parts: `problem` (what happened) and `todo` (what to do); str() is both.

    The shape `notebook_agent/errors.py` is moving to. The fields are set here, not by the base's constructor, which
    is being reworked to take (problem, todo): the store's and the accounts' errors read the same under either.
    """

    def __init__(self, problem: str, todo: str = "") -> None:
        self.problem, self.todo = problem.strip(), todo.strip()
        Exception.__init__(self, f"{self.problem} {self.todo}".strip())


class StoreError(TwoPartError):
    """The app's database cannot be used."""


class SchemaVersionError(StoreError):
    """The database's schema version is not the one this app expects."""

    def __init__(self, problem: str, todo: str, *, found: int, expected: int) -> None:
        self.found, self.expected = found, expected
        super().__init__(problem, todo)


class SchemaTooOldError(SchemaVersionError):
    """The database is at an older schema version than this app."""

    def __init__(self, found: int, expected: int, where: str) -> None:
        super().__init__(
            f"The database {where} is at schema version {found}, this app needs version {expected}.",
            "Run `notebook-agent db upgrade` (back the database up first), then start the app again.",
            found=found,
            expected=expected,
        )


class SchemaTooNewError(SchemaVersionError):
    """The database was written by a newer notebook-agent."""

    def __init__(self, found: int, expected: int, where: str) -> None:
        super().__init__(
            f"This app is older than the database {where}: the database is at schema version {found}, this app "
            f"knows versions up to {expected}.",
            "Install the notebook-agent that upgraded it (or a newer one), or point NOTEBOOK_AGENT_DATA_DIR at "
            "another data folder.",
            found=found,
            expected=expected,
        )
