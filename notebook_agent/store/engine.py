"""Opening the database, and the two kinds of transaction the rest of the store uses.

SQLite (`sqlite:///<data_dir>/app.sqlite`, the default) is opened in WAL mode with foreign keys enforced and a
busy timeout, and SQLAlchemy, not the sqlite3 module, decides when a transaction begins: the module's legacy mode
sends no BEGIN before DDL or SELECT, so a migration's CREATE TABLEs would each commit on their own and a
read-then-write would not be atomic. PostgreSQL URLs are passed to SQLAlchemy as given.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry

__all__ = ["DB_FILE", "UtcDateTime", "default_url", "describe", "open_engine", "read", "url_for", "utcnow", "write"]

DB_FILE = "app.sqlite"

# Seconds a SQLite connection waits for another writer before giving up with "database is locked".
_BUSY_TIMEOUT_S = 15.0


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC (what every timestamp column stores)."""
    return datetime.now(UTC)


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """A timestamp that goes in and comes out timezone-aware in UTC, on SQLite as on PostgreSQL.

    SQLite has no timezone type: SQLAlchemy stores a naive ISO string, and hands naive datetimes back. This type
    refuses naive datetimes on the way in (a local time would be stored as if it were UTC) and marks values read
    back as UTC. On PostgreSQL the column is `timestamp with time zone`.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        """Check and convert a value before it is stored."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: store timezone-aware times (store.utcnow())")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        """Mark a value read back as UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def default_url(data_dir: Path) -> str:
    """The SQLite database in a data folder."""
    return f"sqlite:///{Path(data_dir).absolute() / DB_FILE}"


def url_for(settings: Any) -> str:
    """The database URL for a settings object: its `database_url` when it has one set, else SQLite in its data dir.

    `database_url` (NOTEBOOK_AGENT_DATABASE_URL) comes to the settings object with the move to PostgreSQL; until
    then every settings object answers with the SQLite file.
    """
    url = getattr(settings, "database_url", None)
    return str(url) if url else default_url(settings.data_dir)


def describe(target: Engine | sa.URL) -> str:
    """The database for messages: the SQLite file's path, or the URL without its password."""
    url = target.url if isinstance(target, Engine) else target
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def _json_dumps(value: Any) -> str:
    # Names stay readable in the database (and in a plain-text search of it): no \\u escapes.
    return json.dumps(value, ensure_ascii=False)


def _sqlite_on_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # The sqlite3 module must not send BEGIN/COMMIT itself: the "begin" hook below does it for every transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # The busy timeout first: switching a new file to WAL takes a lock, and without the timeout a connection
        # opened while another switches fails at once with "database is locked" (seen with 4 engines upgrading one
        # fresh file under load).
        cursor.execute(f"PRAGMA busy_timeout={int(_BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer, nor it them
        cursor.execute("PRAGMA foreign_keys=ON")  # off by default, per connection
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable across app crashes in WAL mode; fsync per checkpoint
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    # A write transaction takes the write lock at BEGIN (IMMEDIATE): begun DEFERRED, a transaction that reads and
    # then writes fails at once with "database is locked" when another writer committed since its read, instead of
    # waiting its turn. Reads begin DEFERRED and never wait.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("na_write") else "BEGIN")


def open_engine(url: str) -> Engine:
    """An engine for `url` (`sqlite:///PATH` or `postgresql://…`).

    A SQLite file is created 0600 (it holds password hashes) in a folder made 0700 if missing; WAL mode, foreign
    keys and a busy timeout are set on every connection.
    """
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, json_serializer=_json_dumps, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Only a file that does not exist yet is touched: closing a descriptor of a database this process has open
        # elsewhere would drop all of the process's POSIX locks on it, SQLite's included.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    engine = sa.create_engine(url, json_serializer=_json_dumps)
    sa.event.listen(engine, "connect", _sqlite_on_connect)
    sa.event.listen(engine, "begin", _sqlite_on_begin)
    return engine


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """A connection for reading; its transaction ends (rolled back) when the block ends."""
    with engine.connect() as conn:
        yield conn


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """A transaction for writing: committed when the block ends, rolled back if it raises.

    On SQLite it holds the write lock from its start (see `_sqlite_on_begin`), so read-then-write is safe. On
    PostgreSQL it is READ COMMITTED: a read whose value the transaction writes back says `.with_for_update()`
    (SQLite leaves the clause out), or the write guards itself in its WHERE clause.
    """
    with engine.connect().execution_options(na_write=True) as conn, conn.begin():
        yield conn
