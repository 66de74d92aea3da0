"""Users: add, verify a password, list, remove; and sign-in with the rate limiter in front.

A user name is 1-64 characters: letters, digits and `. _ @ + -`, starting with a letter or digit; it is matched
exactly (case matters). Accounts whose identity comes from elsewhere (a Hugging Face account id, a trusted proxy's
header) are made with `ensure_user` and have no password: `verify` never accepts them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, Row

from .. import store
from ..ops.logs import bind
from ..store.schema import sessions, tokens, users
from . import passwords
from .errors import InvalidInputError, LoginFailedError, LoginThrottledError, UnknownUserError, UserExistsError
from .limiter import LoginLimiter

__all__ = [
    "RemovedUser",
    "User",
    "add_user",
    "check_name",
    "ensure_user",
    "get_user",
    "list_users",
    "login",
    "remove_user",
    "user_by_id",
    "verify",
]

log = logging.getLogger(__name__)

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}")


@dataclass(frozen=True)
class User:
    """A user as the rest of the app sees it (never the password hash)."""

    id: int
    name: str
    created: datetime
    disabled: bool
    has_password: bool


@dataclass(frozen=True)
class RemovedUser:
    """What `remove_user` did: the chats it marked deleted (their files are the app's to remove) and tokens revoked."""

    name: str
    sessions_deleted: list[str]
    tokens_revoked: int


def user_from_row(row: Row[tuple[object, ...]]) -> User:
    """A User from a row that has the users table's columns."""
    m = row._mapping
    return User(
        id=int(m["id"]),
        name=str(m["name"]),
        created=m["created"],
        disabled=bool(m["disabled"]),
        has_password=m["password_hash"] is not None,
    )


def check_name(name: str) -> str:
    """The name, if it is a valid user name.

    Raises:
        InvalidInputError: says what a name may contain.
    """
    if not _NAME.fullmatch(name):
        raise InvalidInputError(
            f"{name!r} is not a valid user name.",
            "Use 1-64 letters, digits and . _ @ + -, starting with a letter or a digit.",
        )
    return name


def _insert(conn: Connection, name: str, password_hash: str | None) -> User:
    row = conn.execute(
        sa.insert(users)
        .values(name=name, password_hash=password_hash, created=store.utcnow(), disabled=False)
        .returning(*users.c)
    ).one()
    return user_from_row(row)


def add_user(engine: Engine, name: str, password: str | None) -> User:
    """Add a user; `password=None` makes an account that cannot sign in with a password.

    Raises:
        InvalidInputError: a bad name or password.
        UserExistsError: the name is taken.
    """
    check_name(name)
    password_hash = passwords.hash_password(password) if password is not None else None
    try:
        with store.write(engine) as conn:
            return _insert(conn, name, password_hash)
    except sa.exc.IntegrityError:
        raise UserExistsError(name) from None


def ensure_user(engine: Engine, name: str) -> User:
    """The user of that name, made (without a password) if missing: for identities from Hugging Face or a proxy."""
    check_name(name)
    try:
        with store.write(engine) as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).one_or_none()
            return user_from_row(row) if row is not None else _insert(conn, name, None)
    except sa.exc.IntegrityError:  # made meanwhile by a concurrent first request (PostgreSQL)
        found = get_user(engine, name)
        if found is None:
            raise
        return found


def get_user(engine: Engine, name: str) -> User | None:
    """The user of that name, or None."""
    with store.read(engine) as conn:
        row = conn.execute(sa.select(users).where(users.c.name == name)).one_or_none()
    return user_from_row(row) if row is not None else None


def user_by_id(engine: Engine, user_id: int) -> User | None:
    """The user with that id, or None."""
    with store.read(engine) as conn:
        row = conn.execute(sa.select(users).where(users.c.id == user_id)).one_or_none()
    return user_from_row(row) if row is not None else None


def list_users(engine: Engine) -> list[User]:
    """Every user, by name."""
    with store.read(engine) as conn:
        return [user_from_row(r) for r in conn.execute(sa.select(users).order_by(users.c.name))]


def verify(engine: Engine, name: str, password: str) -> User | None:
    """The user if `password` is theirs, else None: unknown name, wrong password, no password or disabled alike.

    Every path runs exactly one argon2 verification (`passwords.check`), so they also take the same time. A hash
    made with older parameters is replaced after a successful check.
    """
    row = None
    if _NAME.fullmatch(name):
        with store.read(engine) as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).one_or_none()
    stored = row._mapping["password_hash"] if row is not None and not row._mapping["disabled"] else None
    if not passwords.check(stored, password) or row is None or stored is None:
        return None
    if passwords.needs_rehash(stored):
        with store.write(engine) as conn:
            conn.execute(
                sa.update(users)
                .where(users.c.id == row._mapping["id"], users.c.password_hash == stored)
                .values(password_hash=passwords.hash_password(password))
            )
    return user_from_row(row)


def login(engine: Engine, limiter: LoginLimiter, name: str, password: str, address: str | None) -> User:
    """Sign-in as the login page does it: the limiter first, then `verify`, then the limiter told the outcome.

    Raises:
        LoginThrottledError: too many recent failures for this name or from this address (checked before the
            password, with the same answer for names that do not exist).
        LoginFailedError: wrong user name or password (one message for both).
    """
    try:
        limiter.check(name, address)
    except LoginThrottledError:
        log.info("sign-in refused: too many failures", extra={"reason": "throttled"})
        raise
    user = verify(engine, name, password)
    if user is None:
        limiter.record_failure(name, address)
        # Neither the name (it may be someone's password typed in the wrong box) nor the password.
        log.info("sign-in failed", extra={"reason": "credentials"})
        raise LoginFailedError()
    limiter.record_success(name, address)
    with bind(user=str(user.id)):
        log.info("sign-in succeeded")
    return user


def remove_user(engine: Engine, name: str) -> RemovedUser:
    """Remove a user: their chats are marked deleted and their tokens revoked, then the user row goes.

    The chats' rows stay (user_id NULL, `deleted` set) until the app has removed their files (see
    `sessions.deleted_sessions` and `sessions.purge_session`). A name added again later is a new account with a new
    id: it sees none of this one's chats or tokens.

    Raises:
        UnknownUserError: no user of that name.
    """
    now = store.utcnow()
    with store.write(engine) as conn:
        user_id = conn.execute(sa.select(users.c.id).where(users.c.name == name)).scalar_one_or_none()
        if user_id is None:
            raise UnknownUserError(name)
        live = sessions.c.user_id == user_id
        deleted = list(conn.execute(sa.select(sessions.c.id).where(live, sessions.c.deleted.is_(None))).scalars())
        conn.execute(sa.update(sessions).where(live, sessions.c.deleted.is_(None)).values(deleted=now))
        revoked = conn.execute(
            sa.update(tokens).where(tokens.c.user_id == user_id, tokens.c.revoked.is_(None)).values(revoked=now)
        ).rowcount
        conn.execute(sa.update(sessions).where(live).values(user_id=None))
        conn.execute(sa.update(tokens).where(tokens.c.user_id == user_id).values(user_id=None))
        conn.execute(sa.delete(users).where(users.c.id == user_id))
    return RemovedUser(name=name, sessions_deleted=deleted, tokens_revoked=int(revoked))
