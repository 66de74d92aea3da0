"""Who owns which chat, and what My chats lists: title, dates, turns, data files.

Every function that takes a `user` answers only for that user's live chats: another user's session id, a deleted
one and an id never recorded all raise the same `SessionNotFoundError` (or give None/False). The session's own
files (notebook, uploads, sandbox, checkpoints) stay the app's business; `mark_deleted` hides a chat at once, and
the app's clean-up removes its files and then the row (`deleted_sessions`, `purge_session`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine, Row

from .. import store
from ..store.schema import sessions
from .errors import InvalidInputError, SessionExistsError, SessionNotFoundError
from .users import User

__all__ = [
    "TITLE_MAX",
    "SessionRecord",
    "clean_title",
    "count_sessions",
    "deleted_sessions",
    "mark_deleted",
    "owned_session",
    "owner_of",
    "purge_session",
    "record_session",
    "rename_session",
    "sessions_of",
    "touch_session",
]

TITLE_MAX = 200


@dataclass(frozen=True)
class SessionRecord:
    """A chat as My chats lists it (the API's /sessions answer is this, minus user_id and deleted)."""

    id: str
    user_id: int | None
    title: str
    created: datetime
    updated: datetime
    turns: int
    files: list[str]
    deleted: datetime | None

    def as_dict(self) -> dict[str, Any]:
        """The /sessions shape: id, title, created and updated (ISO 8601, UTC), turns, files."""
        return {
            "id": self.id,
            "title": self.title,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
            "turns": self.turns,
            "files": list(self.files),
        }


def _record(row: Row[tuple[object, ...]]) -> SessionRecord:
    m = row._mapping
    return SessionRecord(
        id=str(m["id"]),
        user_id=m["user_id"],
        title=str(m["title"]),
        created=m["created"],
        updated=m["updated"],
        turns=int(m["turns"]),
        files=[str(f) for f in (m["files"] or [])],
        deleted=m["deleted"],
    )


def clean_title(title: str) -> str:
    """A title on one line, white space folded, cut to TITLE_MAX characters (with an ellipsis)."""
    text = " ".join(title.split())
    return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1].rstrip() + "…"


def _mine(user: User, session_id: str) -> list[sa.ColumnElement[bool]]:
    return [sessions.c.id == session_id, sessions.c.user_id == user.id, sessions.c.deleted.is_(None)]


def record_session(
    engine: Engine, user: User, session_id: str, title: str = "", files: Iterable[str] = ()
) -> SessionRecord:
    """Record a new chat as `user`'s (the title is usually the first question; `clean_title` shortens it).

    Recording the same id again for the same user returns the existing record.

    Raises:
        SessionExistsError: the id belongs to another user or to a deleted chat.
        InvalidInputError: an empty or over-long session id.
    """
    if not 0 < len(session_id) <= 64:
        raise InvalidInputError("The session id is empty or too long.", "Give each chat an id of 1-64 characters.")
    now = store.utcnow()
    with store.write(engine) as conn:
        row = conn.execute(sa.select(sessions).where(sessions.c.id == session_id)).one_or_none()
        if row is None:
            row = conn.execute(
                sa.insert(sessions)
                .values(
                    id=session_id,
                    user_id=user.id,
                    title=clean_title(title),
                    created=now,
                    updated=now,
                    turns=0,
                    files=list(files),
                )
                .returning(*sessions.c)
            ).one()
    record = _record(row)
    if record.user_id != user.id or record.deleted is not None:
        raise SessionExistsError(session_id)
    return record


def sessions_of(engine: Engine, user: User, search: str | None = None, limit: int | None = None) -> list[SessionRecord]:
    """`user`'s live chats, most recently used first; `search` keeps those whose title or a file name contains it.

    The search is done here, not in SQL: SQLite's LIKE folds only ASCII letters ("Été" would not find "été") and
    PostgreSQL's is case-sensitive; `casefold` is right on both, and a user's chat list is short (see Quotas).
    """
    query = (
        sa.select(sessions)
        .where(sessions.c.user_id == user.id, sessions.c.deleted.is_(None))
        .order_by(sessions.c.updated.desc(), sessions.c.created.desc(), sessions.c.id)
    )
    if limit is not None and not search:
        query = query.limit(limit)
    with store.read(engine) as conn:
        records = [_record(r) for r in conn.execute(query)]
    if search and search.strip():
        needle = " ".join(search.split()).casefold()
        records = [r for r in records if needle in r.title.casefold() or any(needle in f.casefold() for f in r.files)]
    return records[:limit] if limit is not None else records


def count_sessions(engine: Engine, user: User) -> int:
    """How many live chats `user` has (for the stored-sessions quota)."""
    with store.read(engine) as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(sessions)
                .where(sessions.c.user_id == user.id, sessions.c.deleted.is_(None))
            ).scalar_one()
        )


def owner_of(engine: Engine, session_id: str) -> int | None:
    """The id of the user who owns a live chat, or None (unknown, deleted, or its user removed)."""
    with store.read(engine) as conn:
        return conn.execute(
            sa.select(sessions.c.user_id).where(sessions.c.id == session_id, sessions.c.deleted.is_(None))
        ).scalar_one_or_none()


def owned_session(engine: Engine, user: User, session_id: str) -> SessionRecord:
    """The chat, if it is `user`'s and live: the check every event, endpoint and file route makes.

    Raises:
        SessionNotFoundError: unknown, deleted, or another user's (one answer for all three).
    """
    with store.read(engine) as conn:
        row = conn.execute(sa.select(sessions).where(*_mine(user, session_id))).one_or_none()
    if row is None:
        raise SessionNotFoundError(session_id)
    return _record(row)


def rename_session(engine: Engine, user: User, session_id: str, title: str) -> SessionRecord:
    """Give `user`'s chat a new title.

    Raises:
        InvalidInputError: an empty title.
        SessionNotFoundError: not `user`'s live chat.
    """
    text = clean_title(title)
    if not text:
        raise InvalidInputError("A chat's title cannot be empty.", "Type a few words that say what the chat is about.")
    with store.write(engine) as conn:
        row = conn.execute(
            sa.update(sessions).where(*_mine(user, session_id)).values(title=text).returning(*sessions.c)
        ).one_or_none()
    if row is None:
        raise SessionNotFoundError(session_id)
    return _record(row)


def touch_session(
    engine: Engine, session_id: str, *, turns: int | None = None, files: Sequence[str] | None = None
) -> None:
    """After a turn or an upload: set `updated` to now, and the turn count and file list when given.

    Called by the app for a session it already checked; a deleted or unknown id changes nothing.
    """
    values: dict[str, Any] = {"updated": store.utcnow()}
    if turns is not None:
        values["turns"] = turns
    if files is not None:
        values["files"] = list(files)
    with store.write(engine) as conn:
        conn.execute(
            sa.update(sessions).where(sessions.c.id == session_id, sessions.c.deleted.is_(None)).values(**values)
        )


def mark_deleted(engine: Engine, user: User, session_id: str) -> None:
    """Hide `user`'s chat from now on; its files are the app's clean-up's to remove.

    Raises:
        SessionNotFoundError: not `user`'s live chat.
    """
    with store.write(engine) as conn:
        done = conn.execute(sa.update(sessions).where(*_mine(user, session_id)).values(deleted=store.utcnow()))
    if done.rowcount != 1:
        raise SessionNotFoundError(session_id)


def deleted_sessions(engine: Engine) -> list[str]:
    """Ids of chats marked deleted whose rows are still here: the app's clean-up removes their files, then purges."""
    with store.read(engine) as conn:
        return list(
            conn.execute(
                sa.select(sessions.c.id).where(sessions.c.deleted.is_not(None)).order_by(sessions.c.deleted)
            ).scalars()
        )


def purge_session(engine: Engine, session_id: str) -> bool:
    """Remove a deleted chat's row for good (after its files are gone); True if there was one.

    Only rows marked deleted go: a live chat is `mark_deleted` first, so it disappears from lists before its files do.
    """
    with store.write(engine) as conn:
        gone = conn.execute(sa.delete(sessions).where(sessions.c.id == session_id, sessions.c.deleted.is_not(None)))
    return bool(gone.rowcount)
