"""A new chat from a notebook: dropped in the message box, or sent to the `/import` API endpoint.

The notebook comes as an .ipynb (with its data files beside it) or as a bundle .zip the app exported. The upload is
checked and unpacked by `data.notebook_upload`; the new chat is the caller's like any chat they start (recorded
with its title; the stored-chats, live-kernel, disk and turn quotas checked), and it is built by
`agent.session_import.start_from` in its own kernel. The page then shows the new chat, its id taking the place of
the old one; a question typed with the notebook is asked in the new chat once it is ready.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import gradio as gr

from ..accounts import sessions as chats
from ..accounts.users import User
from ..agent.session_import import ImportReport, start_from
from ..data.notebook_upload import display_name, is_import, read_upload, remove_workdir
from ..errors import NotebookAgentError, NotSignedIn, UploadError
from ..ops.events import upload_refused
from ..ops.logs import bind
from ..text_safety import md_inert
from .handlers import Handlers, _path_of, _raw, _refused
from .sessions import SessionRegistry
from .uploaded import checked_upload

__all__ = ["Imports"]


def _named(files: list[Any]) -> list[tuple[Path, str]]:
    """Files of a message as (path, the name the person gave it); nothing checked (see `uploaded`)."""
    out = []
    for f in files:
        path = Path(_path_of(f))
        name = None if isinstance(f, str) else (f.get("orig_name") or f.get("name"))
        out.append((path, str(name or path.name)))
    return out


def wants_import(message: dict[str, Any]) -> bool:
    """Whether a message from the box carries a notebook or a bundle (then it starts a new chat from it)."""
    return any(is_import(name) for _, name in _named(message.get("files") or []))


class Imports:
    """Starting chats from notebooks, for the page and the API; `h` is the app's handlers."""

    def __init__(self, h: Handlers) -> None:
        self.h = h

    async def start(
        self, user: User, files: list[tuple[Path, str]], progress: asyncio.Queue[str] | None = None
    ) -> tuple[str, ImportReport]:
        """A new chat of `user` built from the one notebook or bundle in `files` (the rest are its data files).

        Raises UploadError (and its kinds) when the upload is refused, or a quota error; returns the new chat's id.
        """
        h = self.h
        files = [checked_upload({"path": str(p), "orig_name": n}, h.files.root) for p, n in files]
        notebooks = [(p, n) for p, n in files if is_import(n)]
        if len(notebooks) != 1:
            raise UploadError(
                f"{len(notebooks)} notebooks or bundles were sent; a new chat starts from exactly one.",
                "Send one .ipynb (with its data files) or one bundle .zip.",
            )
        (path, name), data = notebooks[0], [(p, n) for p, n in files if not is_import(n)]
        workdir = Path(tempfile.mkdtemp(prefix="na-import-"))  # 0700: this process's own
        try:
            settings = h.settings
            source = await asyncio.to_thread(read_upload, path, name, workdir, max_file_bytes=settings.max_upload_bytes)
            source.files += data
            await h.owners.admit_turn(user)  # it runs code like a turn does
            sizes = [p.stat().st_size for p, _ in source.files if p.is_file()]
            await h.owners.check_disk(user, sum(sizes))
            new_id = SessionRegistry.new_id()
            await h.owners.claim(user, new_id, title=f"From {source.name}")
            await h._room_for(user, new_id)
            with bind(user=str(user.id), session=new_id[:12]):
                async with h.registry.using(new_id) as session:
                    report = await start_from(session, source, progress.put_nowait if progress else None)
                    await asyncio.to_thread(
                        chats.touch_session,
                        h.engine,
                        new_id,
                        turns=int((await session.state()).get("turn", 0)),
                        files=[str(f["name"]) for f in session.meta.get("files", [])],
                    )
            return new_id, report
        finally:
            await asyncio.to_thread(remove_workdir, workdir)

    # -- the page ---------------------------------------------------------------------------------------------------
    async def on_message(
        self,
        message: dict[str, Any],
        chat: list[dict[str, Any]],
        session_id: str,
        model: str | None,
        browser: str,
        request: gr.Request,
    ) -> AsyncIterator[tuple[Any, ...]]:
        """A message from the box: with a notebook or bundle in it, a new chat from it; else an ordinary turn."""
        if not wants_import(message):
            async for update in self.h.on_message(message, chat, session_id, model, browser, request):
                yield update
            return
        h = self.h
        files = _named(message.get("files") or [])
        text = (message.get("text") or "").strip()
        base = [*chat, *({"role": "user", "content": {"path": str(p)}} for p, _ in files)]
        busy = gr.MultimodalTextbox(value=None, interactive=False)
        yield base, busy, gr.skip(), gr.skip(), gr.skip(), gr.skip()
        user = await h.owners.caller(_raw(request), browser)
        if user is None:
            yield (
                [*base, _refused(NotSignedIn(todo=h.sign_in_advice()))],
                gr.MultimodalTextbox(interactive=True),
                *(gr.skip(),) * 4,
            )
            return
        name = next(display_name(n) for _, n in files if is_import(n))
        status = {"role": "assistant", "content": f"Starting a new chat from **{md_inert(name)}**…"}
        progress: asyncio.Queue[str] = asyncio.Queue()
        task = asyncio.get_running_loop().create_task(self.start(user, files, progress))
        while not task.done():
            with contextlib.suppress(TimeoutError):
                line = await asyncio.wait_for(progress.get(), timeout=0.5)
                status = {**status, "content": f"Starting a new chat from **{md_inert(name)}**: {md_inert(line)}"}
                yield [*base, status], busy, *(gr.skip(),) * 4
        try:
            new_id, _ = task.result()
        except NotebookAgentError as exc:
            if isinstance(exc, UploadError):
                upload_refused(exc, Path(files[0][0]))
            yield [*base, _refused(exc)], gr.MultimodalTextbox(interactive=True), *(gr.skip(),) * 4
            return
        shown = [h.hello, *await h._history(new_id, user)]
        if text:
            mine = {"role": "user", "content": text}
            async for msgs in h.turn_events(user, new_id, {"text": text, "files": []}, model):
                yield [*shown, mine, *msgs], busy, *(gr.skip(),) * 4
            shown = [h.hello, *await h._history(new_id, user)]
        yield (
            shown,
            gr.MultimodalTextbox(value=None, interactive=True),
            await asyncio.to_thread(h.notebook_file, new_id),
            await h._chat_list(user, "", new_id),
            new_id,
            new_id,
        )

    # -- the API ----------------------------------------------------------------------------------------------------
    async def api_import(
        self,
        file: dict[str, Any],
        data_files: list[dict[str, Any]] | None = None,
        request: gr.Request | None = None,
    ) -> str:
        """Start a new chat of yours from a notebook (.ipynb, with `data_files`) or a bundle .zip; its id.

        The new chat's messages (what ran, where it stopped) are in its notebook (`/notebook`); continue it with
        `/chat` and this id as `session_id`.
        """
        user = await self.h._api_user(request)
        files = _named([file, *(data_files or [])])
        try:
            new_id, _ = await self.start(user, files)
        except NotebookAgentError as exc:
            raise gr.Error(str(exc)) from None
        return new_id
