"""One prepared engine per database URL for the whole process (what sessions use).

The web app opens and prepares its own engine at start; code that has no engine handed to it (a `Session`, the CLI's
`ask`) asks for the process's one here, so a hundred chats share one connection pool instead of making their own.
"""

from __future__ import annotations

import threading

from sqlalchemy.engine import Engine

from .engine import open_engine
from .migrations import prepare

__all__ = ["dispose_shared", "shared_engine"]

_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()


def shared_engine(url: str) -> Engine:
    """The process's engine for `url`, prepared (`migrations.prepare`) when first asked for.

    Raises:
        SchemaTooOldError / SchemaTooNewError: the database is at another schema version (asked again next time).
    """
    with _LOCK:
        engine = _ENGINES.get(url)
        if engine is None:
            engine = open_engine(url)
            try:
                prepare(engine)
            except BaseException:
                engine.dispose()
                raise
            _ENGINES[url] = engine
        return engine


def dispose_shared() -> None:
    """Close every shared engine's connections (their next use opens and prepares again)."""
    with _LOCK:
        engines = list(_ENGINES.values())
        _ENGINES.clear()
    for engine in engines:
        engine.dispose()
