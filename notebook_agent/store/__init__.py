"""The app's relational state (users, tokens, chats, sign-in failures, each chat's own record), with migrations.

SQLite by default (`<data_dir>/app.sqlite`), PostgreSQL with a `postgresql://…` URL: SQLAlchemy 2 Core with portable
types and SQL. The API is synchronous on purpose: SQLite has no asynchronous driver (aiosqlite runs it in a thread
too), and the heaviest caller, password hashing, is CPU work; async code calls it through `asyncio.to_thread`.

Opening::

    engine = store.open_engine(store.url_for(get_settings()))   # or store.default_url(data_dir)
    store.prepare(engine)       # a fresh database is created; an older/newer one raises SchemaTooOld/NewError

Functions:
    open_engine(url) -> Engine              SQLite: file 0600, WAL, foreign keys, busy timeout
    default_url(data_dir) -> str            sqlite:///<data_dir>/app.sqlite
    url_for(settings) -> str                settings.database_url when set, else default_url(settings.data_dir)
    describe(engine) -> str                 the file or the URL without its password, for messages
    read(engine) / write(engine)            context managers giving a Connection; write commits at the end and on
                                            SQLite takes the write lock at BEGIN (read-then-write is safe; on
                                            PostgreSQL such a read says .with_for_update())
    utcnow() -> datetime                    what timestamp columns store (timezone-aware UTC)
    upgrade(engine) -> (before, after)      apply missing migrations, one transaction each (`db upgrade`)
    check(engine) -> int                    the version, or SchemaTooOldError / SchemaTooNewError
    prepare(engine) -> int                  create an empty database, else check (what the app calls at start)
    current_version(engine) -> int          0 for an empty database
    is_ready(engine) -> bool                for /readyz: reachable and at the newest version
    LATEST, MIGRATIONS                      the newest version; the ordered steps (`migrations.py`)
    shared_engine(url) -> Engine            the process's one prepared engine for a URL (what sessions use)
Tables (`schema.py`): schema_version, users, tokens, sessions, login_attempts; session_state, session_notebooks,
model_requests (a chat's own record: `session_records.py`).
"""

from __future__ import annotations

from ..errors import SchemaTooNewError, SchemaTooOldError, SchemaVersionError, StoreError
from .engine import DB_FILE, UtcDateTime, default_url, describe, open_engine, read, url_for, utcnow, write
from .migrations import LATEST, MIGRATIONS, Migration, check, current_version, is_ready, prepare, upgrade
from .shared import dispose_shared, shared_engine

__all__ = [
    "DB_FILE",
    "LATEST",
    "MIGRATIONS",
    "Migration",
    "SchemaTooNewError",
    "SchemaTooOldError",
    "SchemaVersionError",
    "StoreError",
    "UtcDateTime",
    "check",
    "current_version",
    "default_url",
    "describe",
    "dispose_shared",
    "is_ready",
    "open_engine",
    "prepare",
    "read",
    "shared_engine",
    "upgrade",
    "url_for",
    "utcnow",
    "write",
]
