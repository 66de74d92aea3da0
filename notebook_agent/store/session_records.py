"""A chat's own record, in the database so that any app process can serve it.

What a session's host-private files held on one host's disk (session.json, notebook.ipynb, model_requests.jsonl)
lives in three tables (`schema.py`): `session_state` (sandbox id, uploaded files, where its kernel runs, the
LangGraph checkpoint that matches the notebook), `session_notebooks` (the .ipynb text and the first cell of a turn
still in flight) and `model_requests`. Synchronous functions of an engine, like the rest of the store: async code
calls them through `asyncio.to_thread`.

A turn (or an upload) is written in two ways: while it runs, `save_notebook(..., pending_from=N)` keeps the notebook
up to date with its cells marked as unfinished (cells N… are the turn's); at its end, `commit` writes the final
notebook, clears the mark, records the checkpoint id and the turn's model requests, all in one transaction. A turn
cut short by a crash is therefore either complete or marked, and a resume drops what is marked.

Functions:
    load(engine, session_id) -> StoredSession | None
    exists(engine, session_id) -> bool
    save_meta(engine, session_id, *, sandbox_id=, files=, kernel_location=)      creates the row when missing
    save_notebook(engine, session_id, notebook, *, pending_from)
    clear_kernel_location(engine, session_id, location) -> bool                  only if it is still `location`
    gateway_kernels(engine, session_ids) -> {session_id: location}               chats with a gateway kernel
    take_lease(engine, session_id, holder, seconds, *, ask=False) -> (bool, location)   who drives the chat
    renew_lease(engine, session_id, holder, seconds, *, location=KEEP) -> location | None
    release_lease(engine, session_id, holder, *, keep) -> bool
    commit(engine, session_id, *, notebook, checkpoint_id, files=, requests=)    the end of a turn or upload
    model_requests(engine, session_id) -> list[dict]                              {"turn", "time", **record}
    delete(engine, session_id) -> bool
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from .engine import read, utcnow, write
from .schema import model_requests as _requests
from .schema import session_notebooks as _notebooks
from .schema import session_state as _state

__all__ = [
    "KEEP",
    "ModelRequest",
    "StoredSession",
    "clear_kernel_location",
    "commit",
    "delete",
    "exists",
    "gateway_kernels",
    "load",
    "model_requests",
    "release_lease",
    "renew_lease",
    "save_meta",
    "save_notebook",
    "take_lease",
]


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()
"""A keyword left at KEEP leaves its column as it is (None would clear it)."""


@dataclass(frozen=True)
class ModelRequest:
    """What one model step sent (the graph's `model_request` event), with its turn and time."""

    turn: int
    at: float
    record: Mapping[str, Any]


@dataclass(frozen=True)
class StoredSession:
    """A stored chat as `load` returns it; `notebook` is None before its first cell is written."""

    id: str
    created: datetime
    updated: datetime
    sandbox_id: str | None
    files: list[dict[str, Any]] = field(default_factory=list)
    kernel_location: dict[str, Any] | None = None
    checkpoint_id: str | None = None
    notebook: str | None = None
    pending_from: int | None = None


def load(engine: Engine, session_id: str, *, notebook: bool = True) -> StoredSession | None:
    """The chat's record, or None when no row has this id; `notebook=False` leaves the notebook's text out."""
    query = (
        sa.select(_state, _notebooks.c.notebook if notebook else sa.null().label("notebook"), _notebooks.c.pending_from)
        .select_from(_state.outerjoin(_notebooks, _notebooks.c.session_id == _state.c.session_id))
        .where(_state.c.session_id == session_id)
    )
    with read(engine) as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    m = row._mapping
    return StoredSession(
        id=str(m["session_id"]),
        created=m["created"],
        updated=m["updated"],
        sandbox_id=m["sandbox_id"],
        files=[dict(f) for f in (m["files"] or [])],
        kernel_location=dict(m["kernel_location"]) if m["kernel_location"] is not None else None,
        checkpoint_id=m["checkpoint_id"],
        notebook=m["notebook"],
        pending_from=m["pending_from"],
    )


def exists(engine: Engine, session_id: str) -> bool:
    """Whether a chat with this id is stored."""
    with read(engine) as conn:
        found = conn.execute(sa.select(_state.c.session_id).where(_state.c.session_id == session_id)).first()
    return found is not None


def _upsert(
    conn: Connection, table: sa.Table, key: dict[str, Any], values: dict[str, Any], new: dict[str, Any]
) -> None:
    """Update the row with `key` to `values`, or insert it with `new` (defaults for a new row) and `values`.

    ON CONFLICT … DO UPDATE, which SQLite (≥ 3.24) and PostgreSQL both have, but each through its own dialect.
    """
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    insert = dialect.insert(table).values({**key, **new, **values})
    if values:
        conn.execute(insert.on_conflict_do_update(index_elements=list(key), set_=values))
    else:
        conn.execute(insert.on_conflict_do_nothing(index_elements=list(key)))


def _meta_values(sandbox_id: Any, files: Any, kernel_location: Any) -> dict[str, Any]:
    values: dict[str, Any] = {"updated": utcnow()}
    if sandbox_id is not KEEP:
        values["sandbox_id"] = sandbox_id
    if files is not KEEP:
        values["files"] = list(files)
    if kernel_location is not KEEP:
        values["kernel_location"] = dict(kernel_location) if kernel_location is not None else None
    return values


def _save_meta(
    conn: Connection,
    session_id: str,
    created: datetime | None,
    sandbox_id: Any,
    files: Any,
    kernel_location: Any,
) -> None:
    values = _meta_values(sandbox_id, files, kernel_location)
    new: dict[str, Any] = {
        "created": created or values["updated"],
        "files": [],
        "sandbox_id": None,
        "checkpoint_id": None,
    }
    _upsert(conn, _state, {"session_id": session_id}, values, new)


def save_meta(
    engine: Engine,
    session_id: str,
    *,
    created: datetime | None = None,
    sandbox_id: str | None = KEEP,
    files: Iterable[Mapping[str, Any]] = KEEP,
    kernel_location: Mapping[str, Any] | None = KEEP,
) -> None:
    """Write the chat's metadata; the row is created when missing (`created` then dates it, else now)."""
    with write(engine) as conn:
        _save_meta(conn, session_id, created, sandbox_id, files, kernel_location)


def _save_notebook(conn: Connection, session_id: str, notebook: str, pending_from: int | None) -> None:
    values = {"notebook": notebook, "pending_from": pending_from, "updated": utcnow()}
    _upsert(conn, _notebooks, {"session_id": session_id}, values, {})


def save_notebook(engine: Engine, session_id: str, notebook: str, *, pending_from: int | None) -> None:
    """Write the notebook (.ipynb text) as it is now; `pending_from` marks the cells of a turn still in flight.

    The chat's metadata row must exist (`save_meta` first).
    """
    with write(engine) as conn:
        _save_notebook(conn, session_id, notebook, pending_from)


def commit(
    engine: Engine,
    session_id: str,
    *,
    notebook: str,
    checkpoint_id: str | None,
    created: datetime | None = None,
    sandbox_id: str | None = KEEP,
    files: Iterable[Mapping[str, Any]] = KEEP,
    kernel_location: Mapping[str, Any] | None = KEEP,
    requests: Sequence[ModelRequest] = (),
) -> None:
    """The end of a turn or upload, in one transaction; the row is created when missing.

    Writes the notebook with nothing pending, the checkpoint that matches it, the metadata given, and the turn's
    model requests.
    """
    with write(engine) as conn:
        _save_meta(conn, session_id, created, sandbox_id, files, kernel_location)
        conn.execute(sa.update(_state).where(_state.c.session_id == session_id).values(checkpoint_id=checkpoint_id))
        _save_notebook(conn, session_id, notebook, None)
        if requests:
            conn.execute(
                sa.insert(_requests),
                [{"session_id": session_id, "turn": r.turn, "at": r.at, "record": dict(r.record)} for r in requests],
            )


def clear_kernel_location(engine: Engine, session_id: str, location: Mapping[str, Any]) -> bool:
    """Forget where the chat's kernel runs, if it is still `location`; True when it was cleared.

    Another process may have recorded its own since (it serves the chat now): that one stays.
    """
    with write(engine) as conn:
        query = sa.select(_state.c.kernel_location).where(_state.c.session_id == session_id).with_for_update()
        found = conn.execute(query).first()
        if found is None or found.kernel_location != dict(location):
            return False
        values = {"kernel_location": None, "updated": utcnow()}
        conn.execute(sa.update(_state).where(_state.c.session_id == session_id).values(values))
    return True


# -- the lease: one process drives a chat at a time ------------------------------------------------------------------
# It lives in `kernel_location`: {"holder": process id, "until": epoch seconds, "wanted": epoch seconds, **where}. The
# holder renews it while the chat is open; another process takes it once `until` has passed (the holder is gone), or
# when the holder gives it up on being asked (`wanted`). Clocks of the app processes are assumed in step (NTP).


def _locked_location(conn: Connection, session_id: str) -> tuple[bool, dict[str, Any] | None]:
    query = sa.select(_state.c.kernel_location).where(_state.c.session_id == session_id).with_for_update()
    row = conn.execute(query).first()
    if row is None:
        return False, None
    return True, dict(row.kernel_location) if row.kernel_location is not None else None


def _set_location(conn: Connection, session_id: str, location: dict[str, Any] | None) -> None:
    values = {"kernel_location": location, "updated": utcnow()}
    conn.execute(sa.update(_state).where(_state.c.session_id == session_id).values(values))


def take_lease(
    engine: Engine, session_id: str, holder: str, seconds: float, *, ask: bool = False
) -> tuple[bool, dict[str, Any] | None]:
    """Become the process that drives the chat for `seconds`; (True, the location as it was) when it worked.

    Refused — (False, the location) — while another holder's lease runs; with `ask`, that holder is asked to give
    it up (it does when the chat is idle). A chat not stored yet gets its row, holding only the lease.
    """
    now = time.time()
    with write(engine) as conn:
        found, location = _locked_location(conn, session_id)
        if not found:
            _save_meta(conn, session_id, None, KEEP, KEEP, {"holder": holder, "until": now + seconds})
            return True, None
        other = location is not None and location.get("holder") not in (None, holder)
        if other and location is not None and float(location.get("until") or 0) > now:
            if ask:
                _set_location(conn, session_id, {**location, "wanted": now})
            return False, location
        taken = {k: v for k, v in (location or {}).items() if k != "wanted"}
        _set_location(conn, session_id, {**taken, "holder": holder, "until": now + seconds})
    return True, location


def renew_lease(
    engine: Engine, session_id: str, holder: str, seconds: float, *, location: Mapping[str, Any] = KEEP
) -> dict[str, Any] | None:
    """Extend our lease (and, given `location`, record where the kernel runs now); None when it is not ours.

    The stored location comes back: a "wanted" key in it means another process asks for the chat.
    """
    now = time.time()
    with write(engine) as conn:
        _, stored = _locked_location(conn, session_id)
        if stored is None or stored.get("holder") != holder:
            return None
        base = stored if location is KEEP else {**location, **{k: stored[k] for k in ("wanted",) if k in stored}}
        new = {**base, "holder": holder, "until": now + seconds}
        _set_location(conn, session_id, new)
    return new


def release_lease(engine: Engine, session_id: str, holder: str, *, keep: bool) -> bool:
    """Give the lease up, if it is ours: `keep` leaves the kernel's location for the next process to attach to."""
    with write(engine) as conn:
        _, stored = _locked_location(conn, session_id)
        if stored is None or stored.get("holder") != holder:
            return False
        where = {k: v for k, v in stored.items() if k not in ("holder", "until", "wanted")}
        _set_location(conn, session_id, where if keep and where else None)
    return True


def gateway_kernels(engine: Engine, session_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Of these chats, those with a kernel recorded on a gateway (open in some app process, or left running)."""
    if not session_ids:
        return {}
    query = sa.select(_state.c.session_id, _state.c.kernel_location).where(_state.c.session_id.in_(session_ids))
    with read(engine) as conn:
        rows = conn.execute(query).all()
    return {
        row.session_id: dict(row.kernel_location)
        for row in rows
        if row.kernel_location and row.kernel_location.get("kind") == "gateway" and row.kernel_location.get("kernel_id")
    }


def model_requests(engine: Engine, session_id: str) -> list[dict[str, Any]]:
    """What was sent to the model in this chat, oldest first: `{"turn", "time", **record}` per step."""
    query = sa.select(_requests.c.turn, _requests.c.at, _requests.c.record)
    query = query.where(_requests.c.session_id == session_id).order_by(_requests.c.id)
    with read(engine) as conn:
        rows = conn.execute(query).all()
    return [{"turn": row.turn, "time": row.at, **row.record} for row in rows]


def delete(engine: Engine, session_id: str) -> bool:
    """Remove the chat's rows (model requests, notebook, metadata); False when there were none."""
    with write(engine) as conn:
        conn.execute(sa.delete(_requests).where(_requests.c.session_id == session_id))
        conn.execute(sa.delete(_notebooks).where(_notebooks.c.session_id == session_id))
        gone = conn.execute(sa.delete(_state).where(_state.c.session_id == session_id))
    return bool(gone.rowcount)
