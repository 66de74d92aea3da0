"""The tables as the newest migration leaves them: what queries are written against.

`migrations.py` creates and changes them; a test compares these definitions with a migrated database, so a
migration and this file cannot drift apart unnoticed. Portable types only (SQLite now, PostgreSQL next):
timestamps are `UtcDateTime`, `sessions.files` is JSON, booleans are `Boolean`.

| table | rows |
|---|---|
| schema_version | one per applied migration: version, description, applied |
| users | id, name (unique), password_hash (argon2id; NULL for accounts signed in elsewhere), created, disabled |
| tokens | personal access tokens: id, user_id, name, token_hash (sha256 hex, unique), created, last_used, revoked |
| sessions | chats: id (the session id), user_id, title, created, updated, turns, files (JSON list), deleted |
| login_attempts | failed sign-ins: key (`user:NAME` or `addr:ADDRESS`), at (epoch seconds) |
| session_state | a chat's record: session_id, created, updated, sandbox_id, files, kernel_location, checkpoint_id |
| session_notebooks | the chat's .ipynb text (written on every change), pending_from, updated |
| model_requests | what was sent to the model, per step: session_id, turn, at (epoch seconds), record (JSON) |

`session_state` holds what session.json held on one host's disk: `files` (JSON list describing the uploads),
`kernel_location` (JSON: which host/kernel serves the chat; NULL when none), and `checkpoint_id`, the LangGraph
checkpoint that matches the notebook (the end of the last complete turn or upload). `session_notebooks.pending_from`
is the index of the first cell of a turn or upload still in flight (NULL when none): a resume drops those cells.
`session_state` is not tied to `sessions` (the chats users own): a chat made by `ask` has no owner, and the web app
records a chat at its first message. `session_notebooks` and `model_requests` rows go with their `session_state` row.

`tokens.user_id` and `sessions.user_id` become NULL when their user is removed (the sessions are marked deleted
and the tokens revoked first): a name added again gets a new id and sees nothing of the old account.
"""

from __future__ import annotations

import sqlalchemy as sa

from .engine import UtcDateTime

__all__ = [
    "login_attempts",
    "metadata",
    "model_requests",
    "schema_version",
    "session_notebooks",
    "session_state",
    "sessions",
    "tokens",
    "turn_starts",
    "users",
]

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.String(200), nullable=False),
    sa.Column("applied", UtcDateTime, nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(255), nullable=True),
    sa.Column("created", UtcDateTime, nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created", UtcDateTime, nullable=False),
    sa.Column("last_used", UtcDateTime, nullable=True),
    sa.Column("revoked", UtcDateTime, nullable=True),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    sa.Column("title", sa.String(200), nullable=False, default=""),
    sa.Column("created", UtcDateTime, nullable=False),
    sa.Column("updated", UtcDateTime, nullable=False),
    sa.Column("turns", sa.Integer, nullable=False, default=0),
    sa.Column("files", sa.JSON, nullable=False),
    sa.Column("deleted", UtcDateTime, nullable=True),
    sa.Index("ix_sessions_user_updated", "user_id", "updated"),
)

login_attempts = sa.Table(
    "login_attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(200), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Index("ix_login_attempts_key_at", "key", "at"),
)

turn_starts = sa.Table(
    "turn_starts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Index("ix_turn_starts_user_at", "user_id", "at"),
)

session_state = sa.Table(
    "session_state",
    metadata,
    sa.Column("session_id", sa.String(64), primary_key=True),
    sa.Column("created", UtcDateTime, nullable=False),
    sa.Column("updated", UtcDateTime, nullable=False),
    sa.Column("sandbox_id", sa.String(64), nullable=True),
    sa.Column("files", sa.JSON, nullable=False),
    sa.Column("kernel_location", sa.JSON(none_as_null=True), nullable=True),
    sa.Column("checkpoint_id", sa.String(64), nullable=True),
)

session_notebooks = sa.Table(
    "session_notebooks",
    metadata,
    sa.Column(
        "session_id", sa.String(64), sa.ForeignKey("session_state.session_id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("notebook", sa.Text, nullable=False),
    sa.Column("pending_from", sa.Integer, nullable=True),
    sa.Column("updated", UtcDateTime, nullable=False),
)

model_requests = sa.Table(
    "model_requests",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "session_id", sa.String(64), sa.ForeignKey("session_state.session_id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("turn", sa.Integer, nullable=False),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Index("ix_model_requests_session_turn", "session_id", "turn"),
)
