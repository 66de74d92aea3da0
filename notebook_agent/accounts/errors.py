"""Errors of the accounts layer. Every message can be shown to the person as it is.

NotebookAgentError
└── TwoPartError (store/errors.py: problem + todo)
    └── AccountsError
        ├── InvalidInputError      a user name, password, token name or chat title was refused (says why)
        ├── UserExistsError        `users add` for a name that is taken
        ├── UnknownUserError       an operator named a user that does not exist (CLI, admin paths only)
        ├── LoginFailedError       wrong user name or password: one message for both, never which
        ├── LoginThrottledError    too many failed sign-ins: "try again in N s" (`retry_after`)
        ├── UnknownTokenError      no token with that id (for that owner)
        ├── SessionExistsError     a session id recorded twice
        ├── SessionNotFoundError   no such chat: unknown, deleted, or another user's — never which
        └── QuotaExceededError     a per-user limit: `kind`, `used`, `limit`, `retry_after`, and what to do

These sit here until the error tree in `notebook_agent/errors.py` takes them in.
"""

from __future__ import annotations

from ..store.errors import TwoPartError

__all__ = [
    "AccountsError",
    "InvalidInputError",
    "LoginFailedError",
    "LoginThrottledError",
    "QuotaExceededError",
    "SessionExistsError",
    "SessionNotFoundError",
    "UnknownTokenError",
    "UnknownUserError",
    "UserExistsError",
]


class AccountsError(TwoPartError):
    """Base of the accounts layer's errors: `problem` (what happened) and `todo` (what to do); str() is both."""


class InvalidInputError(AccountsError):
    """A name, password, title or label was refused; the message says what is accepted."""


class UserExistsError(AccountsError):
    """A user of that name exists already."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"A user named {name!r} exists already.", "Pick another name, or remove that user first.")


class UnknownUserError(AccountsError):
    """An operator named a user that does not exist. Never raised on sign-in paths (see LoginFailedError)."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"There is no user named {name!r}.", "`notebook-agent users list` shows who there is.")


class LoginFailedError(AccountsError):
    """Wrong user name or password. The same words whichever it was."""

    def __init__(self) -> None:
        super().__init__("Wrong user name or password.", "Check both and try again.")


class LoginThrottledError(AccountsError):
    """Too many failed sign-ins for this name or from this address."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = max(1, int(retry_after + 0.999))
        super().__init__("Too many failed sign-ins.", f"Try again in {self.retry_after} s.")


class UnknownTokenError(AccountsError):
    """No token with that id (or none that this user owns)."""

    def __init__(self, token_id: int) -> None:
        self.token_id = token_id
        super().__init__(
            f"There is no token {token_id}.", "`notebook-agent tokens list` shows the tokens and their ids."
        )


class SessionExistsError(AccountsError):
    """A session id was recorded twice."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__(f"Session {session_id!r} is recorded already.", "Give a new chat a new id.")


class SessionNotFoundError(AccountsError):
    """No such chat for this user: unknown, deleted and another user's are answered alike."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        super().__init__("There is no such chat.", "It may have been deleted; My chats lists yours.")


class QuotaExceededError(AccountsError):
    """A per-user limit was reached. `kind` is live_kernels, stored_sessions, disk_bytes or turns_per_minute."""

    def __init__(self, kind: str, used: int, limit: int, problem: str, todo: str, retry_after: float | None = None):
        self.kind, self.used, self.limit, self.retry_after = kind, used, limit, retry_after
        super().__init__(problem, todo)
