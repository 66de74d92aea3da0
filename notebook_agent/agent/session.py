"""A chat session: its sandbox and kernel, its notebook, its uploaded files, and its conversation.

Where each part lives, so that any app process with the same database can serve the chat:

- the conversation: LangGraph checkpoints (thread id = session id), on PostgreSQL when `settings.database_url` is
  set, else in `<data_dir>/conversations.sqlite` (`agent.checkpoints`);
- the notebook, the session's metadata (sandbox id, uploaded files, where its kernel runs) and what was sent to the
  model: the store's `session_state`, `session_notebooks` and `model_requests` tables (`store.session_records`).
  The session's host-private directory keeps copies (notebook.ipynb, session.json, model_requests.jsonl) for
  downloads and for the pages that read them; they are rewritten from the database when a chat is opened;
- the data files: the sandbox (on the kernel's host).

Turns are atomic. While a turn runs, its cells are written as they come, marked as unfinished; at its end one
transaction writes the final notebook, clears the mark, records the turn's model requests and the checkpoint that now
matches the notebook; only then does the answer event go out (an answer seen is an answer kept). Checkpoints are
written once, when the graph finishes (`durability="exit"`). A turn cut short (the process killed, the task
cancelled) is dropped at the next open or turn: its cells go, and the conversation is set back to the recorded
checkpoint (a copy of it becomes the newest). An upload is one such unit too.

After a restart (or on another app process), :meth:`Session.open` with the same id rebuilds the kernel's state by
replaying the notebook's successful cells, and the conversation continues where it stopped.

With kernel gateways (`settings.gateway_urls`) the kernel runs on a gateway host and outlives the app process:

- a new chat's kernel starts on the gateway running the fewest kernels (each asked with ``GET /api/kernels``; ties
  go round-robin, an unreachable host is skipped); `kernel_location` records ``{"kind": "gateway", "url",
  "kernel_id"}`` and any app process that opens the chat attaches to that kernel, its variables intact (a cell
  left running by a process that died is interrupted first);
- one process drives a chat at a time: a lease in `kernel_location` (`store.session_records.take_lease`), renewed
  every `HEARTBEAT_S` while the chat is open here. Another process takes it over once it has run out (`LEASE_S`
  after the holder's last renewal: the holder died), or sooner when it asks and the holder is idle: the holder then
  detaches (the kernel stays) and gives the chat up (`Session.released`; the registry opens it again on next use);
- uploads are checked here as always, kept in `settings.upload_store` (`<store>/<chat id>/<file>`, shared storage
  when several app processes run: the database is no place for 1 GB files, and a directory every replica mounts is
  the simplest store they all reach) and written into the kernel's work dir through `GatewayKernel.upload`;
- when the recorded kernel is gone or its host unreachable (at open, or before a turn or upload), the chat is
  rebuilt on another gateway: a fresh kernel, its uploads written again from the store, the notebook's successful
  cells run again; the next answer says so.
Where the code is: this module has :class:`Session` (its public surface, its lifecycle and the turn);
`session_record` the chat's record (metadata, notebook, commits, recovery, legacy import); `session_kernels` its
kernel (started here or on a gateway, replay); `session_gateway` gateway placement, the lease and rebuilds;
`session_uploads` uploads; `session_store` stored chats read and deleted without opening them; `session_import` a new
chat built from a notebook; `session_steps` code steps run again (both as one :meth:`Session.unit` each).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from .. import store
from ..data.chart_renderer import attach_chart_images
from ..data.uploads import PreparedUpload
from ..errors import KernelNotRunning, ModelAuthError, NotebookAgentError, SessionNotFound
from ..kernel.gateway import GatewayKernel
from ..kernel.pool import KernelPool
from ..kernel.session_kernel import SessionKernel
from ..ops.logs import bind
from ..sandbox.sandbox import Sandbox
from ..settings import Settings, get_settings
from ..store import session_records
from ..store.session_records import ModelRequest, StoredSession
from .brains import Brain, GeminiBrain, OfflineBrain
from .checkpoints import open_checkpointer
from .events import event
from .gemini import GeminiModel
from .graph import Limits, build_graph
from .notebook import NotebookRecord
from .session_gateway import HEARTBEAT_S as HEARTBEAT_S
from .session_gateway import LEASE_S as LEASE_S
from .session_gateway import PROCESS_ID as PROCESS_ID
from .session_gateway import TAKEOVER_WAIT_S as TAKEOVER_WAIT_S
from .session_gateway import gateway_config
from .session_kernels import KERNEL_SETUP as KERNEL_SETUP
from .session_kernels import PREAMBLE as PREAMBLE
from .session_kernels import ChatKernel
from .session_record import ChatRecord
from .session_store import (
    data_files_root,
    delete_stored,
    engine_for,
    is_stored,
    new_session_id,
    sandbox_dir,
    stored_files,
    stored_model_requests,
    stored_notebook,
    stored_sandbox_id,
    valid_id,
)
from .session_uploads import Uploads, private_dir

__all__ = [
    "Session",
    "data_files_root",
    "delete_stored",
    "gateway_config",
    "is_stored",
    "make_brain",
    "new_session_id",
    "sandbox_dir",
    "stored_files",
    "stored_model_requests",
    "stored_notebook",
    "stored_sandbox_id",
    "valid_id",
]

log = logging.getLogger(__name__)


def make_brain(settings: Settings) -> Brain:
    """The brain the settings ask for (`settings.model`): Gemini with a key, else the offline analyst."""
    if settings.model_kind == "gemini":
        if not settings.gemini_api_key:
            raise ModelAuthError(
                "The Gemini model needs an API key.", "Set GEMINI_API_KEY, or use the offline model (--model offline)."
            )
        return GeminiBrain(GeminiModel.from_settings(settings))
    return OfflineBrain()


@dataclass
class _TurnLog:
    """What the "turn finished" log line says (never the question or the answer)."""

    status: str = "cancelled"
    error: str | None = None
    cells: int = 0
    model_steps: int = 0
    started: float = field(default_factory=time.monotonic)

    def count(self, item: dict[str, Any]) -> None:
        kind = item.get("type")
        self.cells += kind == "code_done"
        self.model_steps += kind == "model_request"

    def extra(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "error": self.error,
            "seconds": round(time.monotonic() - self.started, 3),
            "cells": self.cells,
            "model_steps": self.model_steps,
        }


def _turn_input(question: str, turn: int, state: dict[str, Any]) -> dict[str, Any]:
    """The graph's input for a new turn, given the conversation's state before it."""
    return {
        "messages": [GeminiModel.user_text(question)],
        "question": question,
        "turn": turn,
        "turn_start": len(state.get("messages", [])),
        "steps": 0,
        "attempt": 0,
        "failures": 0,
        "pending": [],
        "answer": None,
    }


class Session:
    """One chat. Create or resume with :meth:`open`; always :meth:`close`.

    It holds its record (`ChatRecord`: what is stored and how it is written), its kernel (`ChatKernel`) and its
    uploads (`Uploads`); one lock keeps its turns and uploads one at a time.
    """

    def __init__(self, settings: Settings, session_id: str, brain: Brain, engine: Engine | None = None) -> None:
        self.settings = settings
        self.id = session_id
        self.brain = brain
        self._record = ChatRecord(settings, session_id, engine, gateway=bool(settings.gateway_urls))
        self.dir = self._record.dir
        # Said once, at the next turn, when an unfinished turn was dropped.
        self.recovered: str | None = None
        self._lock = asyncio.Lock()
        self._kernels = ChatKernel(settings, self._record, self._lock)
        self._uploads = Uploads(settings, self._record, self._kernels)
        self._stack = contextlib.AsyncExitStack()
        self._graph: Any = None

    # -- what it holds -------------------------------------------------------------------------------------------
    @property
    def notebook(self) -> NotebookRecord:
        """The chat's notebook."""
        return self._record.notebook

    @property
    def meta(self) -> dict[str, Any]:
        """The chat's metadata: id, created, files, sandbox id, where its kernel runs (`kernel_location`)."""
        return self._record.meta

    @property
    def stored_kernel_location(self) -> dict[str, Any] | None:
        """Where the kernel ran when the chat was last open (`meta["kernel_location"]` is where it runs now)."""
        return self._record.stored_kernel_location

    @property
    def kernel(self) -> SessionKernel | GatewayKernel | None:
        """The chat's kernel (None once closed or given up)."""
        return self._kernels.kernel

    @property
    def sandbox(self) -> Sandbox | None:
        """The kernel's sandbox when it runs here (None on a gateway)."""
        return self._kernels.sandbox

    @property
    def released(self) -> bool:
        """The chat was given up to another process (asked for, or the lease ran out): this object is done."""
        return self._kernels.released

    @property
    def rebuilt(self) -> str | None:
        """Said with the next answer: the kernel was rebuilt on another host."""
        return self._kernels.rebuilt

    @rebuilt.setter
    def rebuilt(self, value: str | None) -> None:
        self._kernels.rebuilt = value

    @property
    def sandbox_info(self) -> dict[str, Any] | None:
        """The layers the kernel runs under, as its gateway host verified them (None for a local kernel)."""
        return self._kernels.sandbox_info

    @property
    def config(self) -> dict[str, Any]:
        """The LangGraph config for this conversation."""
        return self._record.config

    async def state(self) -> dict[str, Any]:
        """The conversation's checkpointed state."""
        return await self._record.state()

    # -- lifecycle -----------------------------------------------------------------------------------------------
    @classmethod
    async def open(
        cls,
        session_id: str | None = None,
        *,
        settings: Settings | None = None,
        brain: Brain | None = None,
        create: bool = False,
        pool: KernelPool | None = None,
    ) -> Session:
        """The stored session with this id (its kernel state rebuilt by replaying its cells), or a new one.

        Without an id a new session gets a fresh one; with `create=True` an id that is not stored yet starts a new
        session under it (the web UI keeps ids in the browser). A new session takes a ready kernel from `pool`
        when one is waiting.
        """
        settings = settings or get_settings()
        if session_id is not None and not valid_id(session_id):
            raise SessionNotFound(
                session_id, "Session ids are letters, digits and '-'; leave out --session to start a new one."
            )
        # A database at another schema version is refused here, before anything starts (SchemaTooOld/NewError).
        engine = await asyncio.to_thread(engine_for, settings)
        session = cls(settings, session_id or new_session_id(), brain or make_brain(settings), engine)
        stored = await asyncio.to_thread(session_records.load, engine, session.id) if session_id else None
        # Stored before chats were kept in the database: its files are imported at start.
        legacy = stored is None and session_id is not None and (session.dir / "session.json").is_file()
        if session_id is not None and stored is None and not legacy and not create:
            raise SessionNotFound(session_id, where=store.describe(engine))
        try:
            await session._start(stored, legacy, pool)
        except BaseException:
            await session.close()
            raise
        return session

    async def _start(self, stored: StoredSession | None, legacy: bool, pool: KernelPool | None = None) -> None:
        resuming = stored is not None or legacy
        private_dir(self.dir)
        saver = await self._stack.enter_async_context(open_checkpointer(self.settings))
        self._graph = build_graph(self.brain, self, saver, Limits.from_settings(self.settings))
        self._record.saver, self._record.graph = saver, self._graph
        if legacy:
            stored = await self._record.import_legacy()
        if stored is not None:
            self._record.load(stored)
        location = await self._kernels.take_lease() if self._kernels.gateway else None
        if stored is not None:
            await self._recover()
            await self._record.write_all_copies()
        interrupt = stored is not None and stored.pending_from is not None
        await self._kernels.start(location, resuming, pool, interrupt=interrupt)

    async def close(self) -> None:
        """Stop the kernel and give back the uid; the files, notebook and conversation stay for a resume."""
        await self._kernels.close()
        await self._stack.aclose()

    async def leave(self) -> None:
        """At the app's exit: close the conversation store and leave the kernel running.

        A local kernel ends with this process (the fork server, or its parent-death signal); a gateway's kernel
        stays for the next app process, which takes the chat's lease over at once instead of when it runs out.
        Left open, the store's connection was closed by the event loop's own shutdown, which logged an error per chat.
        """
        await self._kernels.give_up()
        await self._stack.aclose()

    async def _recover(self) -> None:
        """Drop a turn or upload that did not finish; the next turn says so when it was a question."""
        dropped = await self._record.recover()
        if dropped is None:
            return
        questions = [c.source for c in dropped if c.metadata.get("notebook_agent", {}).get("role") == "user"]
        self.recovered = (
            "The last question did not finish, so it was left out of the notebook and the conversation: "
            "ask it again if you still need it."
            if questions
            else None
        )

    async def _recover_in_process(self) -> None:
        """Drop a turn or upload of this process that stopped half-way, as a resume would.

        Its task was cancelled, or it failed unexpectedly; this runs before the next one starts.
        """
        if self._record.pending_from is not None:
            await self._recover()

    # -- what the graph calls ------------------------------------------------------------------------------------
    async def execute(self, code: str, *, on_output: Any = None) -> Any:
        """Run a cell in this session's kernel (the graph's CodeRunner).

        Altair charts come back without a picture (the kernel cannot draw them): one is drawn here, confined
        (`data.chart_renderer`), and added to the result's outputs, so the model and the notebook both get it.
        """
        kernel = self._kernels.kernel
        if kernel is None:
            raise KernelNotRunning("the session is closed")
        result = await kernel.execute(code, on_output=on_output)
        if getattr(result, "restarted", False):
            # A restart (a stuck or crashed cell) gives a fresh interpreter: the set-up every kernel of a chat runs
            # at its start (display formatters, pandas settings) is run again, or the next cells would lack it.
            await kernel.execute(KERNEL_SETUP)
        await attach_chart_images(result.outputs, self.settings)
        return result

    # -- data ----------------------------------------------------------------------------------------------------
    async def add_file(self, src: Path, original_name: str | None = None) -> tuple[PreparedUpload, dict[str, Any]]:
        """Copy an upload into the sandbox, load it in the kernel, profile it there, and tell the model.

        Returns the accepted upload and its data profile (for a preview).
        """
        async with self._lock:
            await self._recover_in_process()
            await self._kernels.ensure()
            return await self._uploads.add(src, original_name)

    @contextlib.asynccontextmanager
    async def unit(self) -> AsyncIterator[ChatRecord]:
        """A unit of the chat's record other than a question or an upload (an import, a step run again).

        It holds the turn lock, starts from a sound chat (an unfinished unit dropped, a lost kernel rebuilt), and
        is committed whole at its end like a turn: the caller adds cells and state updates to the record it gets.
        """
        async with self._lock:
            await self._recover_in_process()
            await self._kernels.ensure()
            self._record.begin()
            yield self._record
            await self._record.commit()

    # -- a turn --------------------------------------------------------------------------------------------------
    async def ask(self, question: str) -> AsyncIterator[dict[str, Any]]:
        """Run one turn; yields events as they happen and keeps the notebook and the model record.

        The turn's log lines carry its number; its start and end are logged (duration, status and counts, never
        the question or the answer).
        """
        question = question.strip()
        if not question:
            yield event("error", text="Empty message: ask a question about your data.")
            return
        async with self._lock:
            await self._recover_in_process()
            await self._kernels.ensure()
            if self.recovered:
                yield event("status", text=self.recovered)
                self.recovered = None
            rebuilt, self.rebuilt = self.rebuilt, None
            if rebuilt:
                yield event("status", text=rebuilt)
            state = await self.state()
            turn = int(state.get("turn", 0)) + 1
            with bind(turn=turn):
                # Closed here, not later by the event loop: its end is logged under this turn and this lock.
                async with contextlib.aclosing(self._turn(question, turn, state, rebuilt)) as items:
                    async for item in items:
                        yield item

    async def _turn(
        self, question: str, turn: int, state: dict[str, Any], rebuilt: str | None
    ) -> AsyncGenerator[dict[str, Any], None]:
        """The turn's events; its cells are written as they come and the whole turn is committed at its end."""
        stats = _TurnLog()
        log.info("turn started", extra={"brain": type(self.brain).__name__})
        try:
            self._record.begin()
            self.notebook.add_user(question, turn)
            await self._record.save_progress()
            yield event("user", turn=turn, text=question)
            stats.status = "ok"
            # The answer goes out once the turn is committed: an answer seen is an answer kept.
            last: list[dict[str, Any]] = []
            try:
                # Checkpointed once, when the graph finishes: a turn cut short leaves the conversation as it was
                # (see the module's docstring).
                start = _turn_input(question, turn, state)
                stream = self._graph.astream(start, self.config, stream_mode="custom", durability="exit")
                async for item in stream:
                    if rebuilt and item.get("type") == "answer":  # said in the answer the turn keeps
                        item = {**item, "text": f"_{rebuilt}_\n\n{item['text']}"}
                    await self._apply(item, turn)
                    stats.count(item)
                    if item.get("type") == "answer":
                        last.append(item)
                    else:
                        yield item
            except NotebookAgentError as exc:
                stats.status, stats.error = "error", type(exc).__name__
                self.notebook.add_answer(f"**Error:** {exc}", turn)
                last.append(event("error", turn=turn, text=str(exc)))
            await self._record.commit()  # the turn is complete: written whole, in one transaction
            for item in last:
                yield item
        except (GeneratorExit, asyncio.CancelledError):
            stats.status = "cancelled"
            raise
        except BaseException as exc:
            stats.status, stats.error = "failed", type(exc).__name__
            raise
        finally:
            log.info("turn finished", extra=stats.extra())

    async def _apply(self, item: dict[str, Any], turn: int) -> None:
        kind = item.get("type")
        if kind == "code_done":
            self.notebook.add_code(
                item["code"],
                item["outputs"],
                turn,
                failed=item["status"] != "ok",
                execution_count=item.get("execution_count"),
            )
            await self._record.save_progress()
        elif kind == "answer":  # the turn's last cell: the commit that follows writes it
            self.notebook.add_answer(item["text"], turn)
        elif kind == "model_request":
            self._record.requests.append(ModelRequest(turn, time.time(), item["record"]))
