"""Stored chats, read and deleted without opening them: what the UI, the bundles and the quotas look at.

Everything here blocks (the database, the host's files) except :func:`delete_stored`; the UI calls the rest in a
thread. A chat's rows are in the store's tables (`store.session_records`); a chat stored before the database held
them is still found by its `session.json` on this host's disk (it is imported when opened).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from .. import store
from ..errors import SessionNotFound
from ..kernel.gateway import shut_down
from ..settings import Settings
from ..store import session_records
from .checkpoints import is_postgres, open_checkpointer, sqlite_file
from .session_gateway import gateway_config

__all__ = [
    "data_files_root",
    "delete_stored",
    "engine_for",
    "is_stored",
    "new_session_id",
    "sandbox_dir",
    "stored_files",
    "stored_model_requests",
    "stored_notebook",
    "stored_sandbox_id",
    "valid_id",
]

_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def valid_id(session_id: str) -> bool:
    """Whether a string may name a session or sandbox: 1–64 ASCII letters, digits and '-' (never a path)."""
    return isinstance(session_id, str) and 0 < len(session_id) <= 64 and set(session_id) <= _ID_CHARS


def new_session_id() -> str:
    """A fresh session id: long and random, the only thing a browser presents to resume a chat."""
    return secrets.token_hex(24)


def engine_for(settings: Settings) -> Engine:
    """The process's engine for the settings' database (made and checked on first use)."""
    return store.shared_engine(store.url_for(settings))


def is_stored(settings: Settings, session_id: str) -> bool:
    """Whether a chat with this id is stored (in the database, or on this host's disk from before). Blocks."""
    if not valid_id(session_id):
        return False
    if session_records.exists(engine_for(settings), session_id):
        return True
    return (settings.sessions_dir / session_id / "session.json").is_file()


def stored_notebook(settings: Settings, session_id: str) -> str | None:
    """A stored chat's notebook (.ipynb text) as the database holds it, or None. Blocks.

    A turn in flight is included, its cells as they are so far (a turn cut short is dropped when the chat is
    opened again).
    """
    if not valid_id(session_id):
        return None
    stored = session_records.load(engine_for(settings), session_id)
    if stored is not None:
        return stored.notebook
    legacy = settings.sessions_dir / session_id / "notebook.ipynb"
    return legacy.read_text(encoding="utf-8") if legacy.is_file() else None


def stored_model_requests(settings: Settings, session_id: str) -> list[dict[str, Any]]:
    """What a stored chat sent to the model, oldest first (`{"turn", "time", **record}`), from the database. Blocks."""
    if not valid_id(session_id):
        return []
    return session_records.model_requests(engine_for(settings), session_id)


def stored_sandbox_id(settings: Settings, session_id: str) -> str:
    """The id of a stored session's sandbox, from the database (or a chat's session.json from before). Blocks.

    Sessions stored before sandboxes had ids of their own used the session id (until their next resume).
    """
    stored = session_records.load(engine_for(settings), session_id, notebook=False) if valid_id(session_id) else None
    if stored is not None:
        sandbox_id = stored.sandbox_id or session_id
    else:
        try:
            meta = json.loads((settings.sessions_dir / session_id / "session.json").read_text())
            sandbox_id = str(meta.get("sandbox_id") or session_id)
        except (OSError, ValueError):
            sandbox_id = session_id
    return sandbox_id if valid_id(sandbox_id) else session_id


def stored_files(settings: Settings, session_id: str) -> list[dict[str, Any]]:
    """A stored chat's uploaded files (`name`, `original_name`, `variable`, …), from the database. Blocks."""
    stored = session_records.load(engine_for(settings), session_id, notebook=False) if valid_id(session_id) else None
    if stored is not None:
        return list(stored.files)
    try:
        meta = json.loads((settings.sessions_dir / session_id / "session.json").read_text())
        return [dict(f) for f in meta.get("files", [])]
    except (OSError, ValueError):
        return []


def data_files_root(settings: Settings, session_id: str) -> tuple[Path, str]:
    """Where a stored chat's uploaded files are kept here: a trusted root and the folder under it. Blocks.

    With gateways, the upload store (the kernel's copies are on the gateway host); else the sandbox's work folder.
    Open them with `sandbox.safe_files.open_beneath(root, f"{folder}/{name}", ...)`.
    """
    if settings.gateway_urls:
        return settings.upload_store, session_id
    return settings.sandboxes_dir, f"{stored_sandbox_id(settings, session_id)}/work"


def sandbox_dir(settings: Settings, session_id: str) -> Path:
    """Where a stored session's files live. Open anything in it with `sandbox.safe_files`, never by this path."""
    return settings.sandboxes_dir / stored_sandbox_id(settings, session_id)


async def delete_stored(settings: Settings, session_id: str) -> None:
    """Remove everything of a stored (and closed) session: rows, the host's copies, sandbox files, checkpoints.

    The rows are its notebook, metadata and model requests; the checkpoints go through the saver's delete_thread.

    The sandbox was the kernel's: `shutil.rmtree` works by descriptor and never follows a link planted in it.
    """
    if not valid_id(session_id):
        raise SessionNotFound(session_id[:64] if isinstance(session_id, str) else "?")
    engine = await asyncio.to_thread(engine_for, settings)
    stored = await asyncio.to_thread(session_records.load, engine, session_id, notebook=False)
    where = (stored.kernel_location if stored is not None else None) or {}
    if where.get("kind") == "gateway" and settings.gateway_urls:  # open in another app process, or left running
        await shut_down(gateway_config(settings, str(where["url"])), str(where["kernel_id"]))
    sandbox = await asyncio.to_thread(sandbox_dir, settings, session_id)
    for folder in (sandbox, settings.sessions_dir / session_id, settings.upload_store / session_id):
        if folder.is_symlink():
            folder.unlink()
        elif folder.exists():
            await asyncio.to_thread(shutil.rmtree, folder, True)
    await asyncio.to_thread(session_records.delete, engine, session_id)
    if is_postgres(settings) or sqlite_file(settings).exists():  # no SQLite file made only to be emptied
        async with open_checkpointer(settings) as saver:
            await saver.adelete_thread(session_id)
