"""Password hashing: argon2id through argon2-cffi, and one cost for every answer.

`check(stored_hash, password)` always runs one argon2 verification: against the user's hash, or, when there is none
(unknown user, an account without a password, a disabled one), against a dummy hash made with the same
parameters. So "no such user" and "wrong password" cost the same time and give the same answer.

Parameters are argon2-cffi's defaults, RFC 9106's low-memory profile (t=3, m=64 MiB, p=4): ~0.15 s per check on
this 2-core machine. A hash made with older parameters is replaced on the next successful sign-in (`needs_rehash`).
"""

from __future__ import annotations

import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .errors import InvalidInputError

__all__ = ["MAX_LENGTH", "MIN_LENGTH", "check", "hash_password", "needs_rehash", "validate", "warm_up"]

MIN_LENGTH = 8
# argon2 pre-hashes its input, so length costs little; the cap keeps a pasted file from being taken for a password.
MAX_LENGTH = 1024

_HASHER = PasswordHasher()
_dummy: str | None = None
_dummy_lock = threading.Lock()


def _dummy_hash() -> str:
    global _dummy
    with _dummy_lock:
        if _dummy is None:
            _dummy = _HASHER.hash(secrets.token_urlsafe(24))
        return _dummy


def warm_up() -> None:
    """Make the dummy hash now (one hash, ~0.15 s), so the first sign-in of an unknown name costs no more than others.

    The app calls it at start; without it the first such sign-in in a process pays for one extra hash.
    """
    _dummy_hash()


def validate(password: str) -> None:
    """Refuse a password too short or too long to be one.

    Raises:
        InvalidInputError: says the accepted lengths.
    """
    if len(password) < MIN_LENGTH:
        raise InvalidInputError("The password is too short.", f"Use at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise InvalidInputError("The password is too long.", f"Use at most {MAX_LENGTH} characters.")


def hash_password(password: str) -> str:
    """An argon2id hash (PHC string: algorithm, parameters, salt and hash) of a valid password."""
    validate(password)
    return _HASHER.hash(password)


def check(stored_hash: str | None, password: str) -> bool:
    """Whether `password` matches `stored_hash`; with no hash, a verification against the dummy (always False)."""
    target = stored_hash or _dummy_hash()
    try:
        _HASHER.verify(target, password[: MAX_LENGTH + 1])
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return stored_hash is not None


def needs_rehash(stored_hash: str) -> bool:
    """Whether a hash was made with other parameters than the current ones."""
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True
