"""One open chat's record: its metadata, notebook and conversation as stored, and the unit (turn or upload) in flight.

The database holds the chat (`store.session_records`); the host's copies in the chat's directory (session.json,
notebook.ipynb, model_requests.jsonl) are rewritten from it for downloads and the pages that read them. A unit
starts with :meth:`ChatRecord.begin`, writes its cells as they come (:meth:`ChatRecord.save_progress`, marked as
unfinished) and ends with :meth:`ChatRecord.commit` (one transaction); :meth:`ChatRecord.recover` drops one that
did not finish. Why it works this way is in `agent.session`'s docstring.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from datetime import UTC, datetime
from typing import Any

from langgraph.errors import InvalidUpdateError
from nbformat import NotebookNode
from sqlalchemy.engine import Engine

from ..sandbox.sandbox import Sandbox
from ..settings import Settings
from ..store import session_records
from ..store.session_records import ModelRequest, StoredSession
from .notebook import NotebookRecord

__all__ = ["ChatRecord"]

log = logging.getLogger("notebook_agent.agent.session")  # the chat's log lines keep one logger name


class ChatRecord:
    """The stored state of one open chat, and the writes that keep the database and the host's copies in step.

    `gateway`: kernels run on gateways, where only the lease writes `kernel_location` (see `ChatLease`).
    `saver` and `graph` (the conversation's checkpointer and graph) are set by the session once it has them.
    """

    def __init__(self, settings: Settings, chat_id: str, engine: Engine | None, *, gateway: bool) -> None:
        self.settings = settings
        self.id = chat_id
        self.dir = settings.sessions_dir / chat_id
        # The title never names the session id: notebooks are downloaded and shared, and the id resumes the chat.
        self.notebook = NotebookRecord(
            self.dir / "notebook.ipynb",
            title=f"notebook-agent session of {time.strftime('%Y-%m-%d', time.gmtime())}",
            autosave=False,
        )
        self.meta: dict[str, Any] = {"id": chat_id, "created": time.time(), "files": []}
        # Where the kernel ran when the chat was last open (`meta["kernel_location"]` is where it runs now).
        self.stored_kernel_location: dict[str, Any] | None = None
        self.saver: Any = None
        self.graph: Any = None
        self._engine = engine
        self._gateway = gateway
        self.stored = False  # a row exists in the database
        self.checkpoint_id: str | None = None  # the checkpoint the stored notebook matches
        self.pending_from: int | None = None  # the first cell of the turn or upload in flight
        self.requests: list[ModelRequest] = []  # the turn's model requests, written with the turn

    @property
    def db(self) -> Engine:
        """The database engine (a session always has one once opened)."""
        assert self._engine is not None
        return self._engine

    @property
    def config(self) -> dict[str, Any]:
        """The LangGraph config for this conversation."""
        return {"configurable": {"thread_id": self.id}}

    async def state(self) -> dict[str, Any]:
        """The conversation's checkpointed state."""
        snapshot = await self.graph.aget_state(self.config)
        return dict(snapshot.values or {})

    def load(self, stored: StoredSession) -> None:
        """Take the stored record as this chat's state."""
        self.stored = True
        self.meta = {"id": self.id, "created": stored.created.timestamp(), "files": list(stored.files)}
        if stored.sandbox_id is not None:
            self.meta["sandbox_id"] = stored.sandbox_id
        self.stored_kernel_location = stored.kernel_location
        if stored.notebook is not None:
            self.notebook = NotebookRecord(self.notebook.path, autosave=False, text=stored.notebook)
        self.checkpoint_id, self.pending_from = stored.checkpoint_id, stored.pending_from

    # -- chats stored before the database held them ------------------------------------------------------------
    async def import_legacy(self) -> StoredSession:
        """Move a chat stored on this host's disk only (session.json, notebook, records) into the database.

        Its conversation is taken as it is: the last checkpoint becomes the one the notebook matches.
        """
        meta = json.loads((self.dir / "session.json").read_text())
        notebook = NotebookRecord(self.notebook.path, autosave=False)  # the file when there is one
        requests = []
        with contextlib.suppress(FileNotFoundError):
            for line in (self.dir / "model_requests.jsonl").read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    turn, at = int(record.pop("turn", 0)), float(record.pop("time", 0.0))
                    requests.append(ModelRequest(turn, at, record))
        created = datetime.fromtimestamp(float(meta.get("created") or time.time()), UTC)
        await asyncio.to_thread(
            session_records.commit,
            self.db,
            self.id,
            notebook=notebook.to_json(),
            checkpoint_id=await self.latest_checkpoint(),
            created=created,
            sandbox_id=meta.get("sandbox_id"),
            files=meta.get("files", []),
            requests=requests,
        )
        stored = await asyncio.to_thread(session_records.load, self.db, self.id)
        assert stored is not None
        log.info("stored chat moved into the database", extra={"cells": len(notebook.cells)})
        return stored

    def rename_legacy_sandbox(self) -> str:
        """Move a legacy session's files (in sandboxes/<session id>) under a fresh sandbox id; returns that id.

        Sessions stored before sandboxes had ids of their own would otherwise show their id to the next kernel.
        """
        fresh = Sandbox.new_id()
        try:
            fd = os.open(self.settings.sandboxes_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except FileNotFoundError:
            return fresh
        try:
            # Both names are entries of the host's own sandboxes dir: rename moves the entry and follows nothing.
            os.rename(self.id, fresh, src_dir_fd=fd, dst_dir_fd=fd)
        except FileNotFoundError:
            pass  # no files left: the new sandbox starts empty
        except OSError as err:
            log.warning("could not move a stored session's files to a sandbox of their own (%s)", err)
            return self.id
        finally:
            os.close(fd)
        self.meta["sandbox_id"] = fresh  # recorded at once: a failed start must not lose track of the files
        self.write_meta(dict(self.meta))
        return fresh

    # -- writes ------------------------------------------------------------------------------------------------
    async def latest_checkpoint(self) -> str | None:
        """The id of the conversation's newest checkpoint (None before the first)."""
        found = await self.saver.aget_tuple(self.config)
        return str(found.config["configurable"]["checkpoint_id"]) if found is not None else None

    def _location_to_write(self, meta: dict[str, Any]) -> Any:
        """Local kernels: the location goes with the metadata. Gateways: only through the lease."""
        return session_records.KEEP if self._gateway else meta.get("kernel_location", session_records.KEEP)

    def write_copies(self, meta: dict[str, Any], notebook: str | None, requests: bool = False) -> None:
        """Rewrite the host's copies: session.json (`meta`), the notebook, and (`requests`) model_requests.jsonl.

        Runs in a thread. They are copies for downloads and pages; the database holds the chat.
        """
        tmp = self.dir / ".session.json.tmp"
        tmp.write_text(json.dumps(meta, indent=1))
        os.replace(tmp, self.dir / "session.json")
        if notebook is not None:
            self.notebook.save(notebook)
        if requests:
            lines = [json.dumps(r) + "\n" for r in session_records.model_requests(self.db, self.id)]
            tmp = self.dir / ".model_requests.jsonl.tmp"
            tmp.write_text("".join(lines), encoding="utf-8")
            os.replace(tmp, self.dir / "model_requests.jsonl")

    async def write_all_copies(self) -> None:
        """Rewrite every copy on the host from the record (when a stored chat is opened)."""
        await asyncio.to_thread(self.write_copies, dict(self.meta), self.notebook.to_json(), True)

    def write_meta(self, meta: dict[str, Any]) -> None:
        """Write the metadata (database, then the copy); runs in a thread."""
        session_records.save_meta(
            self.db,
            self.id,
            created=datetime.fromtimestamp(float(meta["created"]), UTC),
            sandbox_id=meta.get("sandbox_id"),
            files=meta["files"],
            kernel_location=self._location_to_write(meta),
        )
        self.stored = True
        self.write_copies(meta, None)

    async def save_meta(self) -> None:
        """Write the metadata as it is now."""
        await asyncio.to_thread(self.write_meta, dict(self.meta))

    def begin(self) -> None:
        """A turn or upload starts: its cells are the ones added from now on, until :meth:`commit`."""
        self.pending_from, self.requests = len(self.notebook.cells), []

    async def save_progress(self) -> None:
        """Write the notebook as it is now, the cells of the unit in flight marked as unfinished."""
        text, pending = self.notebook.to_json(), self.pending_from

        def write() -> None:
            session_records.save_notebook(self.db, self.id, text, pending_from=pending)
            self.notebook.save(text)

        await asyncio.to_thread(write)

    async def commit(self) -> None:
        """End a turn or upload: notebook, files, model requests and checkpoint id in one transaction."""
        checkpoint = await self.latest_checkpoint()
        text, requests, meta = self.notebook.to_json(), list(self.requests), dict(self.meta)

        def write() -> None:
            session_records.commit(
                self.db,
                self.id,
                notebook=text,
                checkpoint_id=checkpoint,
                created=datetime.fromtimestamp(float(meta["created"]), UTC),
                sandbox_id=meta.get("sandbox_id"),
                files=meta["files"],
                kernel_location=self._location_to_write(meta),
                requests=requests,
            )
            self.stored = True
            self.write_copies(meta, text)
            if requests:
                with open(self.dir / "model_requests.jsonl", "a", encoding="utf-8") as fh:
                    fh.writelines(json.dumps({"turn": r.turn, "time": r.at, **r.record}) + "\n" for r in requests)

        await asyncio.to_thread(write)
        self.checkpoint_id, self.pending_from, self.requests = checkpoint, None, []

    async def recover(self) -> list[NotebookNode] | None:
        """Drop what a turn or upload that did not finish left behind: its cells and its checkpoints.

        The conversation goes back to the checkpoint the notebook matches. Returns the cells dropped, or None when
        there was nothing to do (the last unit was complete).
        """
        latest = await self.latest_checkpoint()
        if self.pending_from is None and latest == self.checkpoint_id:
            return None
        dropped = self.notebook.truncate(self.pending_from) if self.pending_from is not None else []
        if latest != self.checkpoint_id:
            if self.checkpoint_id is None:
                await self.saver.adelete_thread(self.id)
            else:
                at = {"configurable": {"thread_id": self.id, "checkpoint_ns": "", "checkpoint_id": self.checkpoint_id}}
                try:
                    # A copy of that checkpoint becomes the newest (the dropped ones stay in the history).
                    await self.graph.aupdate_state(at, None, as_node="__copy__")
                except InvalidUpdateError:
                    log.warning("the conversation's recorded checkpoint is gone; it continues from its newest one")
        self.requests = []
        await self.commit()
        log.warning("an unfinished turn was dropped", extra={"cells": len(dropped)})
        return dropped

    async def forget_location(self) -> None:
        """The kernel is gone: no location is recorded any more (unless another process recorded its own since)."""
        mine = self.meta.pop("kernel_location", None)
        if not self.stored or mine is None:
            return
        try:
            await asyncio.to_thread(session_records.clear_kernel_location, self.db, self.id, mine)
        except Exception as exc:  # closing goes on: a stale location only costs the next opener a check
            log.warning("could not clear the kernel's location: %s", type(exc).__name__)
