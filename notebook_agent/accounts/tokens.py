"""Personal access tokens for the API: `Authorization: Bearer na_…`.

A token is `na_` followed by 32 random bytes in URL-safe base64 (43 characters). It is shown once, when made; the
database keeps only its SHA-256 (hex). A plain hash is enough here, unlike passwords: the token is 256 random
bits, so there is nothing to guess, and a fast hash keeps `resolve` cheap on every API call. The lookup by hash is
an index seek on a value the caller cannot steer, so its timing tells nothing about stored tokens.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine, Row

from .. import store
from ..store.schema import tokens, users
from .errors import InvalidInputError, UnknownTokenError
from .users import User, user_from_row

__all__ = [
    "PREFIX",
    "TokenInfo",
    "create_token",
    "hash_token",
    "list_tokens",
    "list_tokens_by_hash",
    "resolve_token",
    "revoke_by_token",
    "revoke_token",
]

PREFIX = "na_"
_SHAPE = re.compile(r"na_[A-Za-z0-9_-]{43}")
# `last_used` is written at most this often per token: every API call would otherwise be a database write.
_LAST_USED_EVERY = timedelta(seconds=60)


@dataclass(frozen=True)
class TokenInfo:
    """A token as it is listed: never the token itself. `user` is None once its user was removed."""

    id: int
    user: str | None
    name: str
    created: datetime
    last_used: datetime | None
    revoked: datetime | None


def hash_token(token: str) -> str:
    """What the database stores for a token: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _info(row: Row[tuple[object, ...]]) -> TokenInfo:
    m = row._mapping
    return TokenInfo(
        id=int(m["id"]),
        user=m["user"],
        name=str(m["name"]),
        created=m["created"],
        last_used=m["last_used"],
        revoked=m["revoked"],
    )


def _listing() -> sa.Select[tuple[object, ...]]:
    return sa.select(
        tokens.c.id, users.c.name.label("user"), tokens.c.name, tokens.c.created, tokens.c.last_used, tokens.c.revoked
    ).select_from(tokens.outerjoin(users, tokens.c.user_id == users.c.id))


def create_token(engine: Engine, user: User, name: str) -> tuple[TokenInfo, str]:
    """Make a token for `user`, labelled `name` ("laptop", "CI"): returns its listing and the token, shown once.

    Raises:
        InvalidInputError: an empty or over-long label.
    """
    label = " ".join(name.split())
    if not label or len(label) > 100:
        raise InvalidInputError(
            "A token needs a name of 1-100 characters.", "Name it after the machine or script using it."
        )
    token = PREFIX + secrets.token_urlsafe(32)
    with store.write(engine) as conn:
        token_id = conn.execute(
            sa.insert(tokens)
            .values(user_id=user.id, name=label, token_hash=hash_token(token), created=store.utcnow())
            .returning(tokens.c.id)
        ).scalar_one()
        row = conn.execute(_listing().where(tokens.c.id == token_id)).one()
    return _info(row), token


def list_tokens(engine: Engine, user: User | None = None) -> list[TokenInfo]:
    """Tokens, oldest first: one user's, or everyone's (`user=None`, for the operator's CLI)."""
    query = _listing().order_by(tokens.c.id)
    if user is not None:
        query = query.where(tokens.c.user_id == user.id)
    with store.read(engine) as conn:
        return [_info(r) for r in conn.execute(query)]


def list_tokens_by_hash(engine: Engine, token_hash: str) -> list[TokenInfo]:
    """The token stored under this hash (`hash_token(token)`), as a list of none or one, revoked or not."""
    with store.read(engine) as conn:
        return [_info(r) for r in conn.execute(_listing().where(tokens.c.token_hash == token_hash))]


def revoke_by_token(engine: Engine, token: str) -> bool:
    """Revoke the token presented (signing out); True if a live token was revoked."""
    if not _SHAPE.fullmatch(token):
        return False
    with store.write(engine) as conn:
        done = conn.execute(
            sa.update(tokens)
            .where(tokens.c.token_hash == hash_token(token), tokens.c.revoked.is_(None))
            .values(revoked=store.utcnow())
        )
    return bool(done.rowcount)


def revoke_token(engine: Engine, token_id: int, *, owner: User | None) -> TokenInfo:
    """Revoke a token. `owner` is the signed-in user (only their tokens), or None for the operator (any token).

    Revoking a revoked token is allowed and keeps the first revocation time.

    Raises:
        UnknownTokenError: no such token (for that owner).
    """
    where = [tokens.c.id == token_id] + ([tokens.c.user_id == owner.id] if owner is not None else [])
    with store.write(engine) as conn:
        conn.execute(sa.update(tokens).where(*where, tokens.c.revoked.is_(None)).values(revoked=store.utcnow()))
        row = conn.execute(_listing().where(*where)).one_or_none()
    if row is None:
        raise UnknownTokenError(token_id)
    return _info(row)


def resolve_token(engine: Engine, token: str) -> User | None:
    """The user a presented token belongs to, or None (malformed, unknown, revoked, or its user disabled/removed).

    Updates the token's `last_used` (at most once a minute).
    """
    if not _SHAPE.fullmatch(token):
        return None
    with store.read(engine) as conn:
        row = conn.execute(
            sa.select(users, tokens.c.id.label("token_id"), tokens.c.last_used)
            .select_from(tokens.join(users, tokens.c.user_id == users.c.id))
            .where(tokens.c.token_hash == hash_token(token), tokens.c.revoked.is_(None))
        ).one_or_none()
    if row is None or row._mapping["disabled"]:
        return None
    now = store.utcnow()
    last = row._mapping["last_used"]
    if last is None or now - last >= _LAST_USED_EVERY:
        with store.write(engine) as conn:
            conn.execute(sa.update(tokens).where(tokens.c.id == row._mapping["token_id"]).values(last_used=now))
    return user_from_row(row)
