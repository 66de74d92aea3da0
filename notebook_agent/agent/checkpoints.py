"""Where conversations are checkpointed: PostgreSQL when the settings name a database there, else a SQLite file.

`open_checkpointer(settings)` is the one way in (sessions, and the deletion of a stored session):

- `settings.database_url` is `postgresql://…` (or `postgresql+psycopg://…`): `langgraph-checkpoint-postgres`'s
  `AsyncPostgresSaver`, in the same database as the store, over a small connection pool of its own (connections are
  checked before use, so a restarted server or a dropped connection costs one reconnect, not the session). Its
  tables (`checkpoints`, `checkpoint_blobs`, `checkpoint_writes`, `checkpoint_migrations`) are made by the saver's
  own `setup()`, once per process and database, under an advisory lock so that replicas starting together do not
  race on CREATE TABLE.
- otherwise `langgraph-checkpoint-sqlite`'s `AsyncSqliteSaver` on `<data_dir>/conversations.sqlite`.

The thread id is the session id.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from ..settings import Settings

__all__ = ["CHECKPOINT_FILE", "is_postgres", "libpq_url", "open_checkpointer", "sqlite_file"]

CHECKPOINT_FILE = "conversations.sqlite"

# Names "the checkpoint tables are being set up" among PostgreSQL's advisory locks (any constant will do).
_SETUP_LOCK_KEY = 0x6E615F636B70  # "na_ckp"
_set_up: set[str] = set()  # databases whose checkpoint tables this process has set up


def is_postgres(settings: Settings) -> bool:
    """Whether the settings put the conversations (and the store) on PostgreSQL."""
    url = settings.database_url
    return bool(url) and sa.make_url(str(url)).get_backend_name() == "postgresql"


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL (`postgresql+psycopg://…`) as libpq takes it (`postgresql://…`), password kept."""
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def sqlite_file(settings: Settings) -> Path:
    """The SQLite file that holds the conversations when they are not on PostgreSQL."""
    return settings.data_dir / CHECKPOINT_FILE


@contextlib.asynccontextmanager
async def open_checkpointer(settings: Settings) -> AsyncIterator[BaseCheckpointSaver[Any]]:
    """The checkpointer the settings ask for, open for the block (its connections closed at the end)."""
    if not is_postgres(settings):
        async with AsyncSqliteSaver.from_conn_string(str(sqlite_file(settings))) as sqlite_saver:
            yield sqlite_saver
        return
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
    from psycopg.rows import dict_row
    from psycopg_pool import AsyncConnectionPool

    conninfo = libpq_url(str(settings.database_url))
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        conninfo,
        min_size=1,
        max_size=2,
        open=False,
        check=AsyncConnectionPool.check_connection,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
    )
    await pool.open(wait=True, timeout=30)
    try:
        saver = AsyncPostgresSaver(pool)
        await _setup_once(saver, pool, conninfo)
        yield saver
    finally:
        await pool.close()


async def _setup_once(saver: Any, pool: Any, conninfo: str) -> None:
    """The saver's own migrations, once per process and database, one process at a time.

    Two sessions of this process may both get here first: under the lock the second finds nothing left to do.
    """
    if conninfo in _set_up:
        return
    async with pool.connection() as conn:
        await conn.execute("SELECT pg_advisory_lock(%s)", (_SETUP_LOCK_KEY,))
        try:
            await saver.setup()
        finally:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK_KEY,))
    _set_up.add(conninfo)
