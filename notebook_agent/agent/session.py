"""A chat session: its sandbox and kernel, its notebook, its uploaded files, and its conversation.

The conversation lives in the LangGraph checkpoint (SQLite, thread id = session id); the notebook and a record of
what was sent to the model live in the session's host-private directory; the data files live in the sandbox.
After a restart, :meth:`Session.open` with the same id rebuilds the kernel's state by replaying the notebook's
successful cells, and the conversation continues where it stopped.
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
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from ..data.conversions import conversion_cell, conversion_note, conversions_code, parse_conversions
from ..data.profile import format_profile, parse_profile, profile_code
from ..data.uploads import PreparedUpload, prepare_upload
from ..errors import (
    KernelNotRunning,
    ModelAuthError,
    NotebookAgentError,
    SessionNotFound,
    UploadError,
    UploadTooBig,
)
from ..kernel.pool import KernelPool
from ..kernel.session_kernel import SessionKernel
from ..sandbox.profiles import load_profile
from ..sandbox.sandbox import Sandbox
from ..settings import Settings, get_settings
from .brains import Brain, GeminiBrain, OfflineBrain
from .events import event
from .gemini import GeminiModel
from .graph import Limits, build_graph
from .notebook import NotebookRecord

__all__ = ["Session", "make_brain", "new_session_id", "sandbox_dir", "stored_sandbox_id", "valid_id"]

log = logging.getLogger(__name__)

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

    def __init__(self, settings: Settings, session_id: str, brain: Brain) -> None:
        self.settings = settings
        self.id = session_id
        self.brain = brain
        self.dir = settings.sessions_dir / session_id
        # The title never names the session id: notebooks are downloaded and shared, and the id resumes the chat.
        self.notebook = NotebookRecord(
            self.dir / "notebook.ipynb", title=f"notebook-agent session of {time.strftime('%Y-%m-%d', time.gmtime())}"
        )
        self.meta: dict[str, Any] = {"id": session_id, "created": time.time(), "files": []}
        self.kernel: SessionKernel | None = None
        self.sandbox: Sandbox | None = None
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
        session = cls(settings, session_id or new_session_id(), brain or make_brain(settings))
        resuming = (session.dir / "session.json").is_file()
        if session_id is not None and not resuming and not create:
            raise SessionNotFound(session_id, where=str(settings.sessions_dir))
        try:
            await session._start(resuming, pool)
        except BaseException:
            await session.close()
            raise
        return session

    async def _start(self, resuming: bool, pool: KernelPool | None = None) -> None:
        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.dir, 0o700)
        if resuming:
            self.meta = json.loads((self.dir / "session.json").read_text())
        saver = await self._stack.enter_async_context(
            AsyncSqliteSaver.from_conn_string(str(self.settings.data_dir / "conversations.sqlite"))
        )
        self._graph = build_graph(self.brain, self, saver, Limits.from_settings(self.settings))
        kernel = await pool.acquire() if pool is not None and not resuming else None
        if kernel is not None:
            self.kernel, self.sandbox = kernel, kernel.sandbox
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
        if self.meta.get("sandbox_id") != self.sandbox.id or not resuming:
            self.meta["sandbox_id"] = self.sandbox.id
            self._save_meta()
        await self.kernel.execute(KERNEL_SETUP)
        if resuming:
            await self._replay()
        else:
            res = await self.kernel.execute(PREAMBLE)
            self.notebook.add_code(PREAMBLE, res.outputs, 1, role="setup", failed=res.status != "ok")

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
        self._save_meta()
        return fresh

    async def _replay(self) -> None:
        """Rebuild the kernel's variables: run the notebook's setup and successful code cells again."""
        assert self.kernel is not None
        for source in self.notebook.successful_code():
            await self.kernel.execute(source)

    async def close(self) -> None:
        """Stop the kernel and give back the uid; the files, notebook and conversation stay for a resume."""
        if self.kernel is not None:
            await self.kernel.shutdown()
            self.kernel = None
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.close, False)
            self.sandbox = None
        await self._stack.aclose()

    def _save_meta(self) -> None:
        tmp = self.dir / ".session.json.tmp"
        tmp.write_text(json.dumps(self.meta, indent=1))
        os.replace(tmp, self.dir / "session.json")

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
        assert self.kernel is not None and self.sandbox is not None
        variables = {f["variable"] for f in self.meta["files"]}
        prepared = await asyncio.to_thread(
            prepare_upload,
            Path(src),
            self.sandbox.work_dir,
            original_name=original_name,
            existing_variables=variables,
            first=not self.meta["files"],
            max_bytes=self.settings.max_upload_bytes,
            within=self.settings.sandboxes_dir,
            settings=self.settings,
        )
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
        self.notebook.add_code(
            prepared.load_code, [*res.outputs, *outputs], turn, role="setup", execution_count=res.execution_count
        )
        profiled = await self.kernel.execute(profile_code(prepared.variable))
        profile = parse_profile(profiled.stdout)
        profile["file"] = prepared.path.name
        if note:
            profile["conversions"] = note
        self.meta["files"].append(
            {
                "name": prepared.path.name,
                "original_name": prepared.original_name,
                "variable": prepared.variable,
                "kind": prepared.kind,
                "warnings": prepared.warnings,
            }
        )
        self._save_meta()
        profiles = [p for p in state.get("profiles", []) if p.get("variable") != prepared.variable] + [profile]
        text = "\n\n".join(
            f"File {p.get('file')} loaded as `{p.get('variable')}`:\n{format_profile(p)}" for p in profiles
        )
        await self._graph.aupdate_state(self.config, {"profiles": profiles, "profile_text": text})
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
            log.warning("no conversions proposed for %s: %s", prepared.path.name, proposal.error)
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
        """Run one turn; yields events as they happen and keeps the notebook and the model record."""
        question = question.strip()
        if not question:
            yield event("error", text="Empty message: ask a question about your data.")
            return
        async with self._lock:
            state = await self.state()
            turn = int(state.get("turn", 0)) + 1
            self.notebook.add_user(question, turn)
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
            try:
                async for item in self._graph.astream(start, self.config, stream_mode="custom"):
                    self._apply(item, turn)
                    yield item
            except NotebookAgentError as exc:
                self.notebook.add_answer(f"**Error:** {exc}", turn)
                yield event("error", turn=turn, text=str(exc))

    def _apply(self, item: dict[str, Any], turn: int) -> None:
        kind = item.get("type")
        if kind == "code_done":
            self.notebook.add_code(
                item["code"],
                item["outputs"],
                turn,
                failed=item["status"] != "ok",
                execution_count=item.get("execution_count"),
            )
        elif kind == "answer":
            self.notebook.add_answer(item["text"], turn)
        elif kind == "model_request":
            with open(self.dir / "model_requests.jsonl", "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"turn": turn, "time": time.time(), **item["record"]}) + "\n")


def _first_sentence(error: dict[str, Any] | None) -> str:
    """An error in a few words: its name and the first sentence of its message (pandas adds long advice)."""
    error = error or {}
    text = str(error.get("evalue") or "").strip().splitlines()
    sentence = re.split(r"(?<=\.)\s", text[0])[0].rstrip(".") if text else ""
    sentence = sentence if len(sentence) <= 160 else sentence[:159] + "…"
    return f"{error.get('ename', 'Error')}: {sentence}" if sentence else str(error.get("ename", "Error"))


def new_session_id() -> str:
    """A fresh session id: long and random, the only thing a browser presents to resume a chat."""
    return secrets.token_hex(24)


def stored_sandbox_id(settings: Settings, session_id: str) -> str:
    """The id of a stored session's sandbox, from its host-private session.json.

    Sessions stored before sandboxes had ids of their own used the session id (until their next resume).
    """
    try:
        meta = json.loads((settings.sessions_dir / session_id / "session.json").read_text())
        sandbox_id = str(meta.get("sandbox_id") or session_id)
    except (OSError, ValueError):
        sandbox_id = session_id
    return sandbox_id if _valid_id(sandbox_id) else session_id


def sandbox_dir(settings: Settings, session_id: str) -> Path:
    """Where a stored session's files live. Open anything in it with `sandbox.safe_files`, never by this path."""
    return settings.sandboxes_dir / stored_sandbox_id(settings, session_id)


_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def valid_id(session_id: str) -> bool:
    """Whether a string may name a session or sandbox: 1–64 ASCII letters, digits and '-' (never a path)."""
    return isinstance(session_id, str) and 0 < len(session_id) <= 64 and set(session_id) <= _ID_CHARS


_valid_id = valid_id


async def delete_stored(settings: Settings, session_id: str) -> None:
    """Remove everything of a stored (and closed) session: notebook, records, sandbox files, checkpoints.

    The sandbox was the kernel's: `shutil.rmtree` works by descriptor and never follows a link planted in it.
    """
    if not valid_id(session_id):
        raise SessionNotFound(session_id[:64] if isinstance(session_id, str) else "?")
    sandbox = sandbox_dir(settings, session_id)
    for folder in (sandbox, settings.sessions_dir / session_id):
        if folder.is_symlink():
            folder.unlink()
        elif folder.exists():
            await asyncio.to_thread(shutil.rmtree, folder, True)
    db = settings.data_dir / "conversations.sqlite"
    if db.exists():
        async with AsyncSqliteSaver.from_conn_string(str(db)) as saver:
            await saver.adelete_thread(session_id)
