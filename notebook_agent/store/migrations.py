"""Versioned schema migrations: an ordered list of steps, each applied in one transaction and recorded.

Why a short list here and not Alembic: the store has a handful of tables and one straight line of history. Alembic's
strengths (autogenerate, branches and merges, offline SQL scripts, SQLite "batch" table rebuilds) cost an
`alembic.ini`/`env.py`/script-directory set-up that must also be found inside an installed wheel, and it would
still need the two checks the app wants at start (older → "run `notebook-agent db upgrade`", newer → "this app is
older than the database"). A step here is a plain function of a Connection; if a future step needs a SQLite
table rebuild, Alembic's `Operations` can be used inside that one step without moving the history.

Rules for a new step: append it with the next version; never edit a released step (databases out there have
applied it); write it with SQLAlchemy constructs or SQL that both SQLite and PostgreSQL accept; define the tables it
creates inside the step (frozen), and update `schema.py` to match (a test compares the two).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import SchemaTooNewError, SchemaTooOldError, StoreError
from .engine import UtcDateTime, describe, read, utcnow, write

__all__ = [
    "CHECKPOINT_TABLES",
    "LATEST",
    "MIGRATIONS",
    "Migration",
    "check",
    "current_version",
    "is_ready",
    "prepare",
    "upgrade",
]

# The tables `langgraph-checkpoint-postgres` makes in the same database (its own migrations, see
# agent/checkpoints.py): a database holding only these is still empty for `prepare`.
CHECKPOINT_TABLES = frozenset({"checkpoint_migrations", "checkpoints", "checkpoint_blobs", "checkpoint_writes"})

# Any constant will do: it names "a schema upgrade is running" among PostgreSQL's advisory locks.
_PG_LOCK_KEY = 0x6E615F736368  # "na_sch"


@dataclass(frozen=True)
class Migration:
    """One schema step: `apply` runs inside the transaction that records `version`."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _v1_create_tables(conn: Connection) -> None:
    # Frozen: the tables as version 1 made them, whatever schema.py says later.
    md = sa.MetaData()
    sa.Table(
        "schema_version",
        md,
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("description", sa.String(200), nullable=False),
        sa.Column("applied", UtcDateTime, nullable=False),
    )
    sa.Table(
        "users",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=True),
        sa.Column("created", UtcDateTime, nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
    )
    sa.Table(
        "tokens",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True, index=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created", UtcDateTime, nullable=False),
        sa.Column("last_used", UtcDateTime, nullable=True),
        sa.Column("revoked", UtcDateTime, nullable=True),
    )
    sa.Table(
        "sessions",
        md,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("created", UtcDateTime, nullable=False),
        sa.Column("updated", UtcDateTime, nullable=False),
        sa.Column("turns", sa.Integer, nullable=False),
        sa.Column("files", sa.JSON, nullable=False),
        sa.Column("deleted", UtcDateTime, nullable=True),
        sa.Index("ix_sessions_user_updated", "user_id", "updated"),
    )
    sa.Table(
        "login_attempts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("at", sa.Float, nullable=False),
        sa.Index("ix_login_attempts_key_at", "key", "at"),
    )
    md.create_all(conn, checkfirst=False)


def _v2_session_state(conn: Connection) -> None:
    # Frozen: a chat's own record, so that any app process can serve it (what session.json, notebook.ipynb and
    # model_requests.jsonl held on one host's disk).
    md = sa.MetaData()
    sa.Table(
        "session_state",
        md,
        sa.Column("session_id", sa.String(64), primary_key=True),
        sa.Column("created", UtcDateTime, nullable=False),
        sa.Column("updated", UtcDateTime, nullable=False),
        sa.Column("sandbox_id", sa.String(64), nullable=True),
        sa.Column("files", sa.JSON, nullable=False),
        sa.Column("kernel_location", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("checkpoint_id", sa.String(64), nullable=True),
    )
    sa.Table(
        "session_notebooks",
        md,
        sa.Column(
            "session_id",
            sa.String(64),
            sa.ForeignKey("session_state.session_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("notebook", sa.Text, nullable=False),
        sa.Column("pending_from", sa.Integer, nullable=True),
        sa.Column("updated", UtcDateTime, nullable=False),
    )
    sa.Table(
        "model_requests",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "session_id",
            sa.String(64),
            sa.ForeignKey("session_state.session_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("turn", sa.Integer, nullable=False),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Index("ix_model_requests_session_turn", "session_id", "turn"),
    )
    md.create_all(conn, checkfirst=False)


def _v3_turn_starts(conn: Connection) -> None:
    # Frozen: when each user's turns started, so the turns-per-minute quota is one count for every app process.
    md = sa.MetaData()
    sa.Table("users", md, sa.Column("id", sa.Integer, primary_key=True))  # only for the foreign key below
    sa.Table(
        "turn_starts",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.Float, nullable=False),
        sa.Index("ix_turn_starts_user_at", "user_id", "at"),
    )
    md.tables["turn_starts"].create(conn, checkfirst=False)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "users, tokens, sessions, login attempts", _v1_create_tables),
    Migration(2, "session state, notebooks and model requests", _v2_session_state),
    Migration(3, "turn starts (the turns-per-minute quota across app processes)", _v3_turn_starts),
)
LATEST = MIGRATIONS[-1].version

_VERSION = sa.table(
    "schema_version", sa.column("version", sa.Integer), sa.column("description"), sa.column("applied", UtcDateTime)
)


def _version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    return int(conn.execute(sa.select(sa.func.max(_VERSION.c.version))).scalar_one() or 0)


def current_version(engine: Engine) -> int:
    """The database's schema version: 0 for an empty database."""
    with read(engine) as conn:
        return _version(conn)


def check(engine: Engine, steps: Sequence[Migration] = MIGRATIONS) -> int:
    """The schema version, if it is the one this app needs (the last of `steps`).

    Raises:
        SchemaTooOldError: the database is older (or empty): run `notebook-agent db upgrade`.
        SchemaTooNewError: a newer notebook-agent upgraded it past what this app knows.
    """
    found, latest = current_version(engine), steps[-1].version
    if found < latest:
        raise SchemaTooOldError(found, latest, describe(engine))
    if found > latest:
        raise SchemaTooNewError(found, latest, describe(engine))
    return found


def upgrade(engine: Engine, steps: Sequence[Migration] = MIGRATIONS) -> tuple[int, int]:
    """Apply every missing step, each in its own transaction; returns (version before, version after).

    `steps` is the app's migration list; a test passes a longer one to play a newer app.

    Safe to run from several processes at once: each step re-reads the version inside its transaction, which holds
    SQLite's write lock (or a PostgreSQL advisory lock), and skips a step another process applied meanwhile.

    Raises:
        SchemaTooNewError: the database is newer than this app; nothing is changed.
    """
    start, latest = current_version(engine), steps[-1].version
    if start > latest:
        raise SchemaTooNewError(start, latest, describe(engine))
    for step in steps:
        if step.version <= start:
            continue
        with write(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
            now = _version(conn)
            if now >= step.version:
                continue
            if now != step.version - 1:
                raise StoreError(
                    f"Schema version {now} has no step to version {step.version}.",
                    "The migration list has a gap: this is a bug in notebook-agent, please report it.",
                )
            step.apply(conn)
            conn.execute(
                sa.insert(_VERSION).values(version=step.version, description=step.description, applied=utcnow())
            )
    return start, current_version(engine)


def prepare(engine: Engine, steps: Sequence[Migration] = MIGRATIONS) -> int:
    """What the app and the CLI call before using the database: returns the (newest) schema version.

    An empty database (a fresh install) is brought to the newest version; any other is only checked, so an existing
    database is upgraded on purpose (`notebook-agent db upgrade`, after a backup), never by starting an app.

    Raises:
        SchemaTooOldError / SchemaTooNewError: as `check`.
    """
    if current_version(engine) == 0:
        with read(engine) as conn:
            # LangGraph's checkpoint tables may be there first (they share a PostgreSQL database with ours).
            empty = not set(sa.inspect(conn).get_table_names()) - CHECKPOINT_TABLES
        if empty:
            upgrade(engine, steps)
    return check(engine, steps)


def is_ready(engine: Engine) -> bool:
    """Whether the database answers and is at this app's schema version (for a readiness check; never raises)."""
    try:
        return current_version(engine) == LATEST
    except sa.exc.SQLAlchemyError:
        return False
