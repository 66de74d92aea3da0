"""The accounts layer's errors: they live in the error tree (`notebook_agent/errors.py`); imported from here too."""

from __future__ import annotations

from ..errors import (
    AccountsError,
    InvalidInputError,
    LoginFailedError,
    LoginThrottledError,
    QuotaExceededError,
    SessionExistsError,
    SessionNotFoundError,
    UnknownTokenError,
    UnknownUserError,
    UserExistsError,
)

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
