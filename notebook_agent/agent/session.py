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
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import secrets
import shutil
import socket
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langgraph.errors import InvalidUpdateError
from sqlalchemy.engine import Engine

from .. import store
from ..data.conversions import conversion_cell, conversion_note, conversions_code, parse_conversions
from ..data.profile import format_profile, parse_profile, profile_code
from ..data.uploads import PreparedUpload, prepare_upload
from ..errors import (
    ConfigError,
    KernelBusy,
    KernelError,
    KernelNotRunning,
    KernelStartError,
    ModelAuthError,
    NotebookAgentError,
    SandboxError,
    SessionNotFound,
    UploadError,
    UploadTooBig,
)
from ..kernel.gateway import GatewayConfig, GatewayKernel, running_kernels, shut_down
from ..kernel.pool import KernelPool
from ..kernel.session_kernel import SessionKernel
from ..ops.logs import bind
from ..ops.metrics import METRICS
from ..sandbox.profiles import load_profile
from ..sandbox.sandbox import Sandbox
from ..settings import Settings, get_settings
from ..store import session_records
from ..store.session_records import ModelRequest, StoredSession
from .brains import Brain, GeminiBrain, OfflineBrain
from .checkpoints import is_postgres, open_checkpointer, sqlite_file
from .events import event
from .gemini import GeminiModel
from .graph import Limits, build_graph
from .notebook import NotebookRecord

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

LEASE_S = 5.0  # a chat's lease runs this long after its holder's last renewal (then another process may take it)
HEARTBEAT_S = 1.0  # how often the holder renews it
TAKEOVER_WAIT_S = 2 * LEASE_S + 5  # how long an opener waits for another process to give a chat up
PROCESS_ID = secrets.token_hex(8)  # this app process, as a lease holder
_next_gateway = 0  # round-robin among gateways running as many kernels

PREAMBLE = "import pandas as pd\nimport numpy as np\nimport matplotlib.pyplot as plt"
# Run in every kernel before anything else, and not recorded: how this host's kernels read, not analysis. pandas
# >= 3.1 reads a big CSV in parallel from a map of the whole file, which takes about 4 GB of address space for a
# 1 GB file (the default profile's whole limit) and is slower there than the serial read's ~3.4 GB.
KERNEL_SETUP = """def _notebook_agent_setup():
    import pandas
    try:
        pandas.set_option("mode.max_threads", 1)
    except Exception:  # an older pandas reads serially anyway
        pass
try:
    _notebook_agent_setup()
finally:
    del _notebook_agent_setup
"""


def make_brain(settings: Settings) -> Brain:
    """The brain the settings ask for (`settings.model`): Gemini with a key, else the offline analyst."""
    if settings.model_kind == "gemini":
        if not settings.gemini_api_key:
            raise ModelAuthError(
                "The Gemini model needs an API key.", "Set GEMINI_API_KEY, or use the offline model (--model offline)."
            )
        return GeminiBrain(GeminiModel.from_settings(settings))
    return OfflineBrain()


class Session:
    """One chat. Create or resume with :meth:`open`; always :meth:`close`."""

    def __init__(self, settings: Settings, session_id: str, brain: Brain, engine: Engine | None = None) -> None:
        self.settings = settings
        self.id = session_id
        self.brain = brain
        self.dir = settings.sessions_dir / session_id
        # The title never names the session id: notebooks are downloaded and shared, and the id resumes the chat.
        self.notebook = NotebookRecord(
            self.dir / "notebook.ipynb",
            title=f"notebook-agent session of {time.strftime('%Y-%m-%d', time.gmtime())}",
            autosave=False,
        )
        self.meta: dict[str, Any] = {"id": session_id, "created": time.time(), "files": []}
        # Where the kernel ran when the chat was last open (`meta["kernel_location"]` is where it runs now).
        self.stored_kernel_location: dict[str, Any] | None = None
        # Said once, at the next turn, when an unfinished turn was dropped.
        self.recovered: str | None = None
        self._engine = engine
        self._stored = False  # a row exists in the database
        self._checkpoint_id: str | None = None  # the checkpoint the stored notebook matches
        self._pending_from: int | None = None  # the first cell of the turn or upload in flight
        self._requests: list[ModelRequest] = []  # the turn's model requests, written with the turn
        self._saver: Any = None
        self.kernel: SessionKernel | GatewayKernel | None = None
        self.sandbox: Sandbox | None = None
        self._gateway = bool(settings.gateway_urls)  # kernels on gateways, a lease on the chat
        self._leased = False  # this process holds the chat's lease
        self._heartbeat: asyncio.Task[None] | None = None
        # The chat was given up to another process (asked for, or the lease ran out): this object is done.
        self.released = False
        self.rebuilt: str | None = None  # said with the next answer: the kernel was rebuilt on another host
        self._kernel_counted = False  # in the live-kernels gauge
        self._stack = contextlib.AsyncExitStack()
        self._graph: Any = None
        self._lock = asyncio.Lock()

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
        if session_id is not None and not _valid_id(session_id):
            raise SessionNotFound(
                session_id, "Session ids are letters, digits and '-'; leave out --session to start a new one."
            )
        # A database at another schema version is refused here, before anything starts (SchemaTooOld/NewError).
        engine = await asyncio.to_thread(_engine, settings)
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
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.dir, 0o700)
        self._saver = await self._stack.enter_async_context(open_checkpointer(self.settings))
        self._graph = build_graph(self.brain, self, self._saver, Limits.from_settings(self.settings))
        if legacy:
            stored = await self._import_legacy()
        if stored is not None:
            self._load(stored)
        location = await self._take_lease() if self._gateway else None
        if stored is not None:
            await self._recover()
            await asyncio.to_thread(self._write_copies, dict(self.meta), self.notebook.to_json(), True)
        if self._gateway:
            await self._start_on_gateway(
                location, resuming, interrupt=stored is not None and stored.pending_from is not None
            )
            return
        kernel = await pool.acquire() if pool is not None and not resuming else None
        if kernel is not None:
            self.kernel, self.sandbox = kernel, kernel.sandbox
            self._count_kernel()
        else:
            profile = load_profile(self.settings.profile)
            sandbox_id = self.meta.get("sandbox_id") if resuming else None
            if resuming and (not sandbox_id or sandbox_id == self.id):  # stored when sandboxes took the session id
                sandbox_id = await asyncio.to_thread(self._rename_legacy_sandbox)
            # Never the session id: the kernel sees its sandbox's name, and the session id is what resumes a chat.
            self.sandbox = await asyncio.to_thread(
                Sandbox.create, self.settings, profile, sandbox_id or Sandbox.new_id()
            )
            self.kernel = SessionKernel(self.sandbox, settings=self.settings)
            async with pool.on_demand() if pool is not None else contextlib.nullcontext():
                await self.kernel.start()
            self._count_kernel()
        self.meta["sandbox_id"] = self.sandbox.id
        self.meta["kernel_location"] = self._kernel_location()
        await self._save_meta()  # at once: a failed start must not lose track of the sandbox
        await self.kernel.execute(KERNEL_SETUP)
        if resuming and self.notebook.cells:
            await self._replay()
        else:
            res = await self.kernel.execute(PREAMBLE)
            self._pending_from = len(self.notebook.cells)
            self.notebook.add_code(PREAMBLE, res.outputs, 1, role="setup", failed=res.status != "ok")
            await self._commit()

    # -- kernels on gateways ----------------------------------------------------------------------------------------
    async def _take_lease(self) -> dict[str, Any] | None:
        """Become the process that drives this chat (waiting for another to give it up); the location it had."""
        deadline, asked = time.monotonic() + TAKEOVER_WAIT_S, False
        while True:
            taken, location = await asyncio.to_thread(
                session_records.take_lease, self._db, self.id, PROCESS_ID, LEASE_S, ask=not asked
            )
            if taken:
                break
            asked = True
            if time.monotonic() >= deadline:
                raise KernelBusy(
                    "this chat is open in another app process, which did not give it up",
                    "Wait for its turn there to finish, then try again.",
                )
            await asyncio.sleep(0.25)
        self._leased = True
        self._heartbeat = asyncio.create_task(self._renew_lease())
        return location

    async def _renew_lease(self) -> None:
        """Keep the lease while the chat is open here; give the chat up when another process asks and it is idle."""
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            location = dict(self.meta.get("kernel_location") or {}) or session_records.KEEP
            try:
                stored = await asyncio.to_thread(
                    session_records.renew_lease, self._db, self.id, PROCESS_ID, LEASE_S, location=location
                )
            except Exception as exc:  # the database is away for a moment: try again at the next beat
                log.warning("could not renew the chat's lease: %s", type(exc).__name__)
                continue
            if stored is None:
                log.warning("the chat's lease was taken by another app process; it is given up here")
                self._leased = False
                await self._give_up()
                return
            if stored.get("wanted") and not self._lock.locked():
                log.info("another app process asked for the chat; it is handed over")
                await self._give_up()
                return

    async def _give_up(self) -> None:
        """Leave the chat to another process: the kernel keeps running, this object is done with it."""
        async with self._lock:
            self.released = True
            if self.kernel is not None:
                kernel, self.kernel = self.kernel, None
                if isinstance(kernel, GatewayKernel):
                    await kernel.detach()
                self._uncount_kernel()
            if self._leased:
                self._leased = False
                with contextlib.suppress(Exception):
                    await asyncio.to_thread(session_records.release_lease, self._db, self.id, PROCESS_ID, keep=True)

    def _gateway_config(self, url: str) -> GatewayConfig:
        return gateway_config(self.settings, url)

    async def _pick_gateway(self, avoid: str | None = None) -> str:
        """The gateway for a new kernel: the fewest running kernels, ties round-robin; `avoid` only as a last one."""
        global _next_gateway
        urls = list(self.settings.gateway_urls)
        _next_gateway = (_next_gateway + 1) % len(urls)
        order = urls[_next_gateway:] + urls[:_next_gateway]
        counts = await asyncio.gather(
            *(running_kernels(self._gateway_config(u)) for u in order), return_exceptions=True
        )
        ranked = sorted(  # a gateway that does not list its kernels counts as empty: round-robin decides
            (url == avoid, count or 0, i, url)
            for i, (url, count) in enumerate(zip(order, counts, strict=True))
            if not isinstance(count, BaseException)
        )
        if not ranked:
            raise KernelStartError(
                f"no kernel gateway answers ({', '.join(urls)})",
                "Check that the gateway hosts are up (notebook-agent gateway) and NOTEBOOK_AGENT_GATEWAY_URL.",
            )
        return ranked[0][3]

    async def _start_on_gateway(self, location: dict[str, Any] | None, resuming: bool, *, interrupt: bool) -> None:
        """Attach to the chat's kernel where it runs, or start one (rebuilt by replay when the old one is lost)."""
        lost = None
        if resuming and location and location.get("kind") == "gateway":
            try:
                self.kernel = await GatewayKernel.attach(
                    self._gateway_config(str(location["url"])),
                    str(location["kernel_id"]),
                    settings=self.settings,
                    interrupt=interrupt,
                )
            except (KernelError, ConfigError, SandboxError) as exc:
                lost = (str(location.get("url")), exc.problem)
            else:
                self._count_kernel()
                self.meta["kernel_location"] = {k: location[k] for k in ("kind", "url", "kernel_id")}
                await self._record_location()
                log.info("chat attached to its kernel", extra={"gateway": location["url"]})
                return
        await self._new_gateway_kernel(avoid=lost[0] if lost else None)
        await self._run_cell(KERNEL_SETUP)
        if resuming and self.notebook.cells:
            await self._rebuild_state(lost[1] if lost else None)
        else:
            res = await self._run_cell(PREAMBLE)
            self._pending_from = len(self.notebook.cells)
            self.notebook.add_code(PREAMBLE, res.outputs, 1, role="setup", failed=res.status != "ok")
            await self._commit()

    async def _run_cell(self, code: str) -> Any:
        """Run a set-up cell (not recorded)."""
        assert self.kernel is not None
        return await self.kernel.execute(code)

    async def _new_gateway_kernel(self, avoid: str | None = None) -> None:
        url = await self._pick_gateway(avoid)
        kernel = GatewayKernel(self._gateway_config(url), settings=self.settings)
        await kernel.start()
        self.kernel = kernel
        self._count_kernel()
        self.meta["sandbox_id"] = None  # the sandbox is the gateway host's
        self.meta["kernel_location"] = {"kind": "gateway", "url": url, "kernel_id": kernel.kernel_id}
        await self._record_location()
        await self._save_meta()

    async def _record_location(self) -> None:
        stored = await asyncio.to_thread(
            session_records.renew_lease,
            self._db,
            self.id,
            PROCESS_ID,
            LEASE_S,
            location=dict(self.meta["kernel_location"]),
        )
        if stored is None:
            raise KernelBusy("this chat was taken over by another app process", "Send your message again.")

    async def _rebuild_state(self, why: str | None) -> None:
        """A fresh kernel for a stored chat: its uploads written again, its successful cells run again."""
        assert isinstance(self.kernel, GatewayKernel)
        missing = []
        for f in self.meta["files"]:
            name = str(f["name"])
            path = self._upload_dir() / name
            if path.is_file():
                await self.kernel.upload(path, name)
            else:
                missing.append(name)
        await self._replay()
        if why is not None:
            cells = len(self.notebook.successful_code())
            files = (
                f" and its uploaded files ({len(self.meta['files']) - len(missing)}) written again"
                if self.meta["files"]
                else ""
            )
            gone = f" {', '.join(missing)} could not be found and must be uploaded again." if missing else ""
            reason = "its kernel host could not be reached" if "cannot reach" in why else "its kernel had stopped"
            self.rebuilt = (
                f"This chat was rebuilt on a new kernel because {reason}: its {cells} successful cells were run "
                f"again{files}.{gone}"
            )
            log.warning("chat rebuilt on another gateway", extra={"cells": cells, "missing_files": len(missing)})

    async def _ensure_kernel(self) -> None:
        """Before a turn or upload: a chat given up is refused; a kernel lost with its host is rebuilt elsewhere."""
        if self.released or (self._gateway and not self._leased):
            raise KernelBusy("this chat moved to another app process", "Send your message again.")
        kernel = self.kernel
        if not isinstance(kernel, GatewayKernel):
            return
        why = await kernel.lost()
        if why is None:
            return
        avoid = kernel.gateway.url
        await kernel.detach()
        self.kernel = None
        self._uncount_kernel()
        await self._new_gateway_kernel(avoid=avoid)
        await self._run_cell(KERNEL_SETUP)
        await self._rebuild_state(why)

    def _upload_dir(self) -> Path:
        return self.settings.upload_store / self.id

    def _uncount_kernel(self) -> None:
        if self._kernel_counted:
            METRICS.live_kernels.dec()
            self._kernel_counted = False

    @property
    def sandbox_info(self) -> dict[str, Any] | None:
        """The layers the kernel runs under, as its gateway host verified them (None for a local kernel)."""
        return self.kernel.sandbox_info if isinstance(self.kernel, GatewayKernel) else None

    def _location_to_write(self, meta: dict[str, Any]) -> Any:
        """Local kernels: the location goes with the metadata. Gateways: only through the lease."""
        return session_records.KEEP if self._gateway else meta.get("kernel_location", session_records.KEEP)

    def _kernel_location(self) -> dict[str, Any]:
        """Where this session's kernel runs, as recorded in the database: here, a kernel of this process."""
        return {"kind": "local", "host": socket.gethostname(), "pid": os.getpid()}

    def _load(self, stored: StoredSession) -> None:
        """Take the stored record as this session's state."""
        self._stored = True
        self.meta = {"id": self.id, "created": stored.created.timestamp(), "files": list(stored.files)}
        if stored.sandbox_id is not None:
            self.meta["sandbox_id"] = stored.sandbox_id
        self.stored_kernel_location = stored.kernel_location
        if stored.notebook is not None:
            self.notebook = NotebookRecord(self.notebook.path, autosave=False, text=stored.notebook)
        self._checkpoint_id, self._pending_from = stored.checkpoint_id, stored.pending_from

    async def _import_legacy(self) -> StoredSession:
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
            self._db,
            self.id,
            notebook=notebook.to_json(),
            checkpoint_id=await self._latest_checkpoint(),
            created=created,
            sandbox_id=meta.get("sandbox_id"),
            files=meta.get("files", []),
            requests=requests,
        )
        stored = await asyncio.to_thread(session_records.load, self._db, self.id)
        assert stored is not None
        log.info("stored chat moved into the database", extra={"cells": len(notebook.cells)})
        return stored

    def _rename_legacy_sandbox(self) -> str:
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
        self._write_meta(dict(self.meta))
        return fresh

    async def _replay(self) -> None:
        """Rebuild the kernel's variables: run the notebook's setup and successful code cells again."""
        assert self.kernel is not None
        for source in self.notebook.successful_code():
            await self.kernel.execute(source)

    def _count_kernel(self) -> None:
        METRICS.live_kernels.inc()
        self._kernel_counted = True

    # -- the record in the database ----------------------------------------------------------------------------
    @property
    def _db(self) -> Engine:
        assert self._engine is not None
        return self._engine

    async def _latest_checkpoint(self) -> str | None:
        """The id of the conversation's newest checkpoint (None before the first)."""
        found = await self._saver.aget_tuple(self.config)
        return str(found.config["configurable"]["checkpoint_id"]) if found is not None else None

    def _write_copies(self, meta: dict[str, Any], notebook: str | None, requests: bool = False) -> None:
        """Rewrite the host's copies: session.json (`meta`), the notebook, and (`requests`) model_requests.jsonl.

        Runs in a thread. They are copies for downloads and pages; the database holds the chat.
        """
        tmp = self.dir / ".session.json.tmp"
        tmp.write_text(json.dumps(meta, indent=1))
        os.replace(tmp, self.dir / "session.json")
        if notebook is not None:
            self.notebook.save(notebook)
        if requests:
            lines = [json.dumps(r) + "\n" for r in session_records.model_requests(self._db, self.id)]
            tmp = self.dir / ".model_requests.jsonl.tmp"
            tmp.write_text("".join(lines), encoding="utf-8")
            os.replace(tmp, self.dir / "model_requests.jsonl")

    def _write_meta(self, meta: dict[str, Any]) -> None:
        """Write the metadata (database, then the copy); runs in a thread."""
        session_records.save_meta(
            self._db,
            self.id,
            created=datetime.fromtimestamp(float(meta["created"]), UTC),
            sandbox_id=meta.get("sandbox_id"),
            files=meta["files"],
            kernel_location=self._location_to_write(meta),
        )
        self._stored = True
        self._write_copies(meta, None)

    async def _save_meta(self) -> None:
        await asyncio.to_thread(self._write_meta, dict(self.meta))

    async def _save_progress(self) -> None:
        """Write the notebook as it is now, the cells of the unit in flight marked as unfinished."""
        text, pending = self.notebook.to_json(), self._pending_from

        def write() -> None:
            session_records.save_notebook(self._db, self.id, text, pending_from=pending)
            self.notebook.save(text)

        await asyncio.to_thread(write)

    async def _commit(self) -> None:
        """End a turn or upload: notebook, files, model requests and checkpoint id in one transaction."""
        checkpoint = await self._latest_checkpoint()
        text, requests, meta = self.notebook.to_json(), list(self._requests), dict(self.meta)

        def write() -> None:
            session_records.commit(
                self._db,
                self.id,
                notebook=text,
                checkpoint_id=checkpoint,
                created=datetime.fromtimestamp(float(meta["created"]), UTC),
                sandbox_id=meta.get("sandbox_id"),
                files=meta["files"],
                kernel_location=self._location_to_write(meta),
                requests=requests,
            )
            self._stored = True
            self._write_copies(meta, text)
            if requests:
                with open(self.dir / "model_requests.jsonl", "a", encoding="utf-8") as fh:
                    fh.writelines(json.dumps({"turn": r.turn, "time": r.at, **r.record}) + "\n" for r in requests)

        await asyncio.to_thread(write)
        self._checkpoint_id, self._pending_from, self._requests = checkpoint, None, []

    async def _recover(self) -> None:
        """Drop what a turn or upload that did not finish left behind: its cells and its checkpoints.

        The conversation goes back to the checkpoint the notebook matches. Nothing to do after a complete one.
        """
        latest = await self._latest_checkpoint()
        if self._pending_from is None and latest == self._checkpoint_id:
            return
        dropped = self.notebook.truncate(self._pending_from) if self._pending_from is not None else []
        if latest != self._checkpoint_id:
            if self._checkpoint_id is None:
                await self._saver.adelete_thread(self.id)
            else:
                at = {"configurable": {"thread_id": self.id, "checkpoint_ns": "", "checkpoint_id": self._checkpoint_id}}
                try:
                    # A copy of that checkpoint becomes the newest (the dropped ones stay in the history).
                    await self._graph.aupdate_state(at, None, as_node="__copy__")
                except InvalidUpdateError:
                    log.warning("the conversation's recorded checkpoint is gone; it continues from its newest one")
        self._requests = []
        await self._commit()
        questions = [c.source for c in dropped if c.metadata.get("notebook_agent", {}).get("role") == "user"]
        self.recovered = (
            "The last question did not finish, so it was left out of the notebook and the conversation: "
            "ask it again if you still need it."
            if questions
            else None
        )
        log.warning("an unfinished turn was dropped", extra={"cells": len(dropped)})

    async def close(self) -> None:
        """Stop the kernel and give back the uid; the files, notebook and conversation stay for a resume."""
        self._uncount_kernel()
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(BaseException):
                await self._heartbeat
            self._heartbeat = None
        if self.kernel is not None:
            await self.kernel.shutdown()
            self.kernel = None
            if not self._gateway:
                await self._forget_location()
        if self._leased:
            self._leased = False
            self.meta.pop("kernel_location", None)
            try:
                await asyncio.to_thread(session_records.release_lease, self._db, self.id, PROCESS_ID, keep=False)
            except Exception as exc:  # closing goes on: the lease runs out by itself
                log.warning("could not give the chat's lease back: %s", type(exc).__name__)
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.close, False)
            self.sandbox = None
        await self._stack.aclose()

    async def _forget_location(self) -> None:
        """The kernel is gone: no location is recorded any more (unless another process recorded its own since)."""
        mine = self.meta.pop("kernel_location", None)
        if not self._stored or mine is None:
            return
        try:
            await asyncio.to_thread(session_records.clear_kernel_location, self._db, self.id, mine)
        except Exception as exc:  # closing goes on: a stale location only costs the next opener a check
            log.warning("could not clear the kernel's location: %s", type(exc).__name__)

    @property
    def config(self) -> dict[str, Any]:
        """The LangGraph config for this conversation."""
        return {"configurable": {"thread_id": self.id}}

    async def state(self) -> dict[str, Any]:
        """The conversation's checkpointed state."""
        snapshot = await self._graph.aget_state(self.config)
        return dict(snapshot.values or {})

    # -- what the graph calls ------------------------------------------------------------------------------------
    async def execute(self, code: str, *, on_output: Any = None) -> Any:
        """Run a cell in this session's kernel (the graph's CodeRunner)."""
        if self.kernel is None:
            raise KernelNotRunning("the session is closed")
        return await self.kernel.execute(code, on_output=on_output)

    # -- data ----------------------------------------------------------------------------------------------------
    async def add_file(self, src: Path, original_name: str | None = None) -> tuple[PreparedUpload, dict[str, Any]]:
        """Copy an upload into the sandbox, load it in the kernel, profile it there, and tell the model.

        Returns the accepted upload and its data profile (for a preview).
        """
        async with self._lock:
            await self._recover_in_process()
            await self._ensure_kernel()
            return await self._add_file(src, original_name)

    async def _add_file(self, src: Path, original_name: str | None) -> tuple[PreparedUpload, dict[str, Any]]:
        assert self.kernel is not None
        if isinstance(self.kernel, GatewayKernel):  # kept in the upload store, then written on the gateway host
            dest, within = self._upload_dir(), self.settings.upload_store
            await asyncio.to_thread(_private_dir, dest)
        else:
            assert self.sandbox is not None
            dest, within = self.sandbox.work_dir, self.settings.sandboxes_dir
        variables = {f["variable"] for f in self.meta["files"]}
        prepared = await asyncio.to_thread(
            prepare_upload,
            Path(src),
            dest,
            original_name=original_name,
            existing_variables=variables,
            first=not self.meta["files"],
            max_bytes=self.settings.max_upload_bytes,
            within=within,
            settings=self.settings,
        )
        if isinstance(self.kernel, GatewayKernel):
            await self.kernel.upload(prepared.path, prepared.path.name)
        state = await self.state()
        turn = int(state.get("turn", 0)) + 1
        res = await self.kernel.execute(prepared.load_code)
        if res.status != "ok":
            raise self._load_failed(prepared, res, Path(src))
        converted, outputs, note = await self._convert(prepared)
        if converted:
            prepared.load_code += "\n\n" + converted
        if note:
            prepared.warnings.insert(0, note)
        self._pending_from = len(self.notebook.cells)  # until the commit below
        self.notebook.add_code(
            prepared.load_code, [*res.outputs, *outputs], turn, role="setup", execution_count=res.execution_count
        )
        profiled = await self.kernel.execute(profile_code(prepared.variable))
        profile = parse_profile(profiled.stdout)
        profile["file"] = prepared.path.name
        if note:
            profile["conversions"] = note
        self.meta["files"] = [
            *self.meta["files"],
            {
                "name": prepared.path.name,
                "original_name": prepared.original_name,
                "variable": prepared.variable,
                "kind": prepared.kind,
                "warnings": prepared.warnings,
            },
        ]
        rows, columns = [*(profile.get("shape") or []), None, None][:2]
        log.info(
            "upload accepted",
            extra={"kind": prepared.kind, "bytes": _size(Path(src)), "rows": rows, "columns": columns},
        )
        profiles = [p for p in state.get("profiles", []) if p.get("variable") != prepared.variable] + [profile]
        text = "\n\n".join(
            f"File {p.get('file')} loaded as `{p.get('variable')}`:\n{format_profile(p)}" for p in profiles
        )
        await self._graph.aupdate_state(self.config, {"profiles": profiles, "profile_text": text})
        await self._commit()
        return prepared, profile

    async def _convert(self, prepared: PreparedUpload) -> tuple[str, list[Any], str | None]:
        """Compact types for the loaded frame (see `data.conversions`).

        Returns the cell that made them, its outputs, and what was converted or left, in words. Nothing is
        converted when the kernel proposes nothing usable.

        The cell normally runs once as it is kept. When it fails (a value the sample did not show), each column is
        converted on its own and only the ones that went through are kept: every line can run twice harmlessly.
        """
        assert self.kernel is not None
        variable = prepared.variable
        proposal = await self.kernel.execute(conversions_code(variable))
        if proposal.status != "ok":
            # The error's name only: its message may quote values from the data.
            log.warning("no conversions proposed: %s", (proposal.error or {}).get("ename", proposal.status))
            if proposal.status != "error":
                await self._reload(prepared)
            return "", [], None
        plan = parse_conversions(proposal.stdout)
        if not plan.conversions:
            return "", [], conversion_note(plan, [])
        res = await self.kernel.execute(conversion_cell(variable, plan.conversions, plan.rows))
        done, outputs, stopped = list(plan.conversions), list(res.outputs), res.status not in ("ok", "error")
        if res.status == "error":
            done, outputs = [], []
            for conversion in plan.conversions:
                one = await self.kernel.execute(conversion_cell(variable, [conversion], plan.rows))
                if one.status == "ok":
                    done.append(conversion)
                    outputs += one.outputs
                elif one.status == "error":
                    plan.failed.append((conversion, _first_sentence(one.error)))
                else:
                    stopped = True
                    break
        if stopped:  # restarted or interrupted: what was converted is gone or uncertain
            await self._reload(prepared)
            plan.failed = [(c, "the kernel stopped while converting") for c in plan.conversions]
            done, outputs = [], []
        done_columns = {c.column for c in done}
        kept = [c for c in plan.conversions if c.column in done_columns]
        return conversion_cell(variable, kept, plan.rows), outputs, conversion_note(plan, kept)

    async def _reload(self, prepared: PreparedUpload) -> None:
        """After the kernel stopped in a load step: its state back (setup, the notebook's cells), then this file."""
        assert self.kernel is not None
        await self.kernel.execute(KERNEL_SETUP)
        await self._replay()
        res = await self.kernel.execute(prepared.load_code)
        if res.status != "ok":
            raise self._load_failed(prepared, res)

    def _load_failed(self, prepared: PreparedUpload, res: Any, src: Path | None = None) -> UploadError:
        """Why the load code failed, in words; running out of memory says so and what to do instead.

        The size shown is the upload's (`src`): the copy in the sandbox is the kernel's, and a folder on its path
        may be a link by now. Without `src`, the stored copy is looked at without following its last component.
        """
        error = res.error or {}
        name, file = prepared.original_name, prepared.path.name
        if "MemoryError" not in str(error.get("ename")) and res.status != "died":
            return UploadError(
                f"{name} could not be loaded: {error.get('ename')}: {error.get('evalue')}",
                "Check the file, or ask for it to be read differently (another encoding, separator or sheet).",
                name=name,
            )
        profile = getattr(self.kernel, "profile", None)
        limit = f" of {profile.limits.address_space_mb:,} MB" if profile is not None else ""
        what = (
            "the kernel stopped while reading it, most likely out of memory"
            if res.status == "died"
            else f"pandas ran out of memory ({error.get('ename')})"
        )
        try:
            st = src.stat() if src is not None else os.stat(prepared.path, follow_symlinks=False)
            size, nbytes = f" ({st.st_size / 2**20:,.0f} MB)", st.st_size
        except OSError:
            size, nbytes = "", None
        return UploadTooBig(
            f"{name}{size} is too big to load whole within this chat's memory limit{limit}: {what}.",
            f"The file is stored in this chat as {file}: ask for part of it, e.g. pd.read_csv({file!r}, "
            "usecols=[...]) or nrows=1_000_000, or upload it as Parquet, which loads with far less memory.",
            name=name,
            size=nbytes,
            limit=profile.limits.address_space_mb * 2**20 if profile is not None else None,
        )

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
            await self._ensure_kernel()
            if self.recovered:
                yield event("status", text=self.recovered)
                self.recovered = None
            rebuilt, self.rebuilt = self.rebuilt, None
            if rebuilt:
                yield event("status", text=rebuilt)
            state = await self.state()
            turn = int(state.get("turn", 0)) + 1
            with bind(turn=turn):
                started, status, error, cells, model_steps = time.monotonic(), "cancelled", None, 0, 0
                log.info("turn started", extra={"brain": type(self.brain).__name__})
                try:
                    self._pending_from, self._requests = len(self.notebook.cells), []
                    self.notebook.add_user(question, turn)
                    await self._save_progress()
                    yield event("user", turn=turn, text=question)
                    start = {
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
                    status = "ok"
                    # The answer goes out once the turn is committed: an answer seen is an answer kept.
                    last: list[dict[str, Any]] = []
                    try:
                        # Checkpointed once, when the graph finishes: a turn cut short leaves the conversation as
                        # it was (see the module's docstring).
                        stream = self._graph.astream(start, self.config, stream_mode="custom", durability="exit")
                        async for item in stream:
                            if rebuilt and item.get("type") == "answer":  # said in the answer the turn keeps
                                item = {**item, "text": f"_{rebuilt}_\n\n{item['text']}"}
                            await self._apply(item, turn)
                            kind = item.get("type")
                            cells += kind == "code_done"
                            model_steps += kind == "model_request"
                            if kind == "answer":
                                last.append(item)
                            else:
                                yield item
                    except NotebookAgentError as exc:
                        status, error = "error", type(exc).__name__
                        self.notebook.add_answer(f"**Error:** {exc}", turn)
                        last.append(event("error", turn=turn, text=str(exc)))
                    await self._commit()  # the turn is complete: written whole, in one transaction
                    for item in last:
                        yield item
                except (GeneratorExit, asyncio.CancelledError):
                    status = "cancelled"
                    raise
                except BaseException as exc:
                    status, error = "failed", type(exc).__name__
                    raise
                finally:
                    log.info(
                        "turn finished",
                        extra={
                            "status": status,
                            "error": error,
                            "seconds": round(time.monotonic() - started, 3),
                            "cells": cells,
                            "model_steps": model_steps,
                        },
                    )

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
            await self._save_progress()
        elif kind == "answer":  # the turn's last cell: the commit that follows writes it
            self.notebook.add_answer(item["text"], turn)
        elif kind == "model_request":
            self._requests.append(ModelRequest(turn, time.time(), item["record"]))

    async def _recover_in_process(self) -> None:
        """Drop a turn or upload of this process that stopped half-way, as a resume would.

        Its task was cancelled, or it failed unexpectedly; this runs before the next one starts.
        """
        if self._pending_from is not None:
            await self._recover()


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _first_sentence(error: dict[str, Any] | None) -> str:
    """An error in a few words: its name and the first sentence of its message (pandas adds long advice)."""
    error = error or {}
    text = str(error.get("evalue") or "").strip().splitlines()
    sentence = re.split(r"(?<=\.)\s", text[0])[0].rstrip(".") if text else ""
    sentence = sentence if len(sentence) <= 160 else sentence[:159] + "…"
    return f"{error.get('ename', 'Error')}: {sentence}" if sentence else str(error.get("ename", "Error"))


def gateway_config(settings: Settings, url: str) -> GatewayConfig:
    """How to reach the gateway at `url`: the settings' token and TLS files."""
    return GatewayConfig(
        url,
        token=settings.gateway_token,
        ca_file=settings.gateway_ca,
        client_cert=settings.gateway_client_cert,
        client_key=settings.gateway_client_key,
    )


def _private_dir(path: Path) -> None:
    """Make a host-private folder and the folders above it (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)


def new_session_id() -> str:
    """A fresh session id: long and random, the only thing a browser presents to resume a chat."""
    return secrets.token_hex(24)


def _engine(settings: Settings) -> Engine:
    """The process's engine for the settings' database (made and checked on first use)."""
    return store.shared_engine(store.url_for(settings))


def is_stored(settings: Settings, session_id: str) -> bool:
    """Whether a chat with this id is stored (in the database, or on this host's disk from before). Blocks."""
    if not _valid_id(session_id):
        return False
    if session_records.exists(_engine(settings), session_id):
        return True
    return (settings.sessions_dir / session_id / "session.json").is_file()


def stored_notebook(settings: Settings, session_id: str) -> str | None:
    """A stored chat's notebook (.ipynb text) as the database holds it, or None. Blocks.

    A turn in flight is included, its cells as they are so far (a turn cut short is dropped when the chat is
    opened again).
    """
    if not _valid_id(session_id):
        return None
    stored = session_records.load(_engine(settings), session_id)
    if stored is not None:
        return stored.notebook
    legacy = settings.sessions_dir / session_id / "notebook.ipynb"
    return legacy.read_text(encoding="utf-8") if legacy.is_file() else None


def stored_model_requests(settings: Settings, session_id: str) -> list[dict[str, Any]]:
    """What a stored chat sent to the model, oldest first (`{"turn", "time", **record}`), from the database. Blocks."""
    if not _valid_id(session_id):
        return []
    return session_records.model_requests(_engine(settings), session_id)


def stored_sandbox_id(settings: Settings, session_id: str) -> str:
    """The id of a stored session's sandbox, from the database (or a chat's session.json from before). Blocks.

    Sessions stored before sandboxes had ids of their own used the session id (until their next resume).
    """
    stored = session_records.load(_engine(settings), session_id, notebook=False) if _valid_id(session_id) else None
    if stored is not None:
        sandbox_id = stored.sandbox_id or session_id
    else:
        try:
            meta = json.loads((settings.sessions_dir / session_id / "session.json").read_text())
            sandbox_id = str(meta.get("sandbox_id") or session_id)
        except (OSError, ValueError):
            sandbox_id = session_id
    return sandbox_id if _valid_id(sandbox_id) else session_id


def stored_files(settings: Settings, session_id: str) -> list[dict[str, Any]]:
    """A stored chat's uploaded files (`name`, `original_name`, `variable`, …), from the database. Blocks."""
    stored = session_records.load(_engine(settings), session_id, notebook=False) if _valid_id(session_id) else None
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


_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def valid_id(session_id: str) -> bool:
    """Whether a string may name a session or sandbox: 1–64 ASCII letters, digits and '-' (never a path)."""
    return isinstance(session_id, str) and 0 < len(session_id) <= 64 and set(session_id) <= _ID_CHARS


_valid_id = valid_id


async def delete_stored(settings: Settings, session_id: str) -> None:
    """Remove everything of a stored (and closed) session: rows, the host's copies, sandbox files, checkpoints.

    The rows are its notebook, metadata and model requests; the checkpoints go through the saver's delete_thread.

    The sandbox was the kernel's: `shutil.rmtree` works by descriptor and never follows a link planted in it.
    """
    if not valid_id(session_id):
        raise SessionNotFound(session_id[:64] if isinstance(session_id, str) else "?")
    engine = await asyncio.to_thread(_engine, settings)
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
