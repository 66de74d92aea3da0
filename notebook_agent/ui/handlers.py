"""What the page's events and the API endpoints do: every one checks who is calling and that the chat is theirs.

`Handlers` holds the app's parts (settings, the session registry, the database, the served files) and has one
method per event; `layout.py` wires them to components. A chat id that is not the caller's gets the same answer as
one that does not exist, whatever the path: page events, `/chat`, `/notebook`, `/sessions`, `/delete_session`, and
the file routes (`web/files.py`).
"""

from __future__ import annotations

import asyncio
import html
import os
import secrets
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import gradio as gr
import nbformat
from sqlalchemy.engine import Engine
from starlette.requests import HTTPConnection

from ..accounts import sessions as chats
from ..accounts import tokens as token_store
from ..accounts.errors import AccountsError, QuotaExceededError
from ..accounts.users import User
from ..agent.brains import GeminiBrain
from ..agent.gemini import GeminiModel
from ..agent.session import delete_stored, stored_model_requests, stored_notebook, valid_id
from ..errors import ModelError, NotebookAgentError, NotSignedIn, SessionNotFound
from ..ops.events import upload_refused
from ..ops.logs import bind
from ..ops.metrics import METRICS
from ..sandbox.report import doctor_report
from ..settings import Settings
from ..text_safety import md_cell, md_inert
from ..web.files import ServedFiles
from ..web.identity import SIGNIN_PREFIX, Identity
from .bundle import write_bundle
from .history import history
from .kernel_room import make_room_on_gateways
from .owners import Owners
from .render import Turn, safe_markdown
from .sessions import SessionRegistry
from .uploaded import checked_upload

__all__ = ["Handlers", "greeting"]

# Events after which the model's streamed text is shown by the turn's own messages (see agent/events.py).
_LIVE_TEXT_ENDS = frozenset({"answer", "status", "code", "error"})
_NOT_YOURS = "Open one from My chats, or start a new chat."


def greeting(settings: Settings) -> str:
    """The first message: what the app does and which model answers."""
    if settings.model_kind == "gemini":
        model = f"**Gemini** (`{settings.gemini_model}`) writes and runs the code, and looks at the plots."
    else:
        model = (
            "The **offline analyst** is answering (no API key set): overviews, charts, fits, correlations, "
            "group-bys and filters, computed for real. Set `GEMINI_API_KEY` to enable Gemini for open "
            "questions."
        )
    return (
        "Hi! I'm notebook-agent. Upload a data file (CSV, TSV, JSON, Excel or Parquet) and ask me about it "
        "in plain words — I'll write Python, run it in a sandboxed kernel of your own, and summarise what I "
        f"find. {model} You can download the whole session as a notebook."
    )


def sandbox_panel(settings: Settings, remote: dict[str, Any] | None = None) -> str:
    """The side panel: which model answers and which isolation layers are in force.

    With kernel gateways the layers are the ones the chat's kernel runs under, as its gateway host verified them
    (`remote`, the kernel's `sandbox_info`); before the chat has a kernel, the panel says where kernels run.
    """
    model = f"Gemini (default {settings.gemini_model})" if settings.model_kind == "gemini" else "offline analyst"
    if settings.gateway_urls:
        if not remote:
            return (
                f"**Model:** {model}\n\n**Sandbox** — kernels run on kernel gateway hosts, each confined and "
                "verified there before use; the layers show here once this chat has a kernel."
            )
        layers = "\n".join(f"| {html.escape(str(layer))} | in force |" for layer in remote.get("layers", []))
        return (
            f"**Model:** {model}\n\n**Sandbox** (on the gateway host, verified there) — profile "
            f"`{html.escape(str(remote.get('profile', '?')))}`, uid `{html.escape(str(remote.get('uid', '?')))}`, "
            f"start `{html.escape(str(remote.get('start', '?')))}`\n\n| layer | |\n|---|---|\n{layers}"
        )
    rep = doctor_report(settings)
    rows = "\n".join(
        f"| {html.escape(layer)} | {'in force' if layer in rep['in_force'] else '—'} |"
        for layer in rep["host"]
        if layer != "cgroup"
    )
    return (
        f"**Model:** {model}\n\n**Sandbox** — profile `{rep['profile']['name']}`, uid mode "
        f"`{rep['uid_mode']}`\n\n| layer | |\n|---|---|\n{rows}"
    )


def _preview(prepared: Any, profile: dict[str, Any]) -> str:
    """The message that shows an upload: names, kinds and the first rows, all of it data made inert markdown."""
    rows, cols = profile.get("shape", [0, 0])
    names = [c.get("name") for c in profile.get("columns", [])]
    head = "| " + " | ".join(md_cell(n, 40) for n in names) + " |\n|" + "---|" * len(names)
    body = "\n".join("| " + " | ".join(md_cell(v, 40) for v in row) + " |" for row in profile.get("sample", [])[:5])
    types = ", ".join(
        f"{md_cell(c.get('name'), 60)} ({md_inert(c.get('kind'))})" for c in profile.get("columns", [])[:30]
    )
    warn = "".join(f"\n\n> **Note:** {md_cell(w)}" for w in prepared.warnings)
    return (
        f"**{md_inert(prepared.path.name)}** loaded as `{prepared.variable}`: {rows:,} rows × {cols} "
        f"columns.\n\nColumns: {types}\n\n{head}\n{body}{warn}"
    )


def _live_text(text: str) -> list[dict[str, Any]]:
    """The model's text so far, as the bubble that its answer (or its step's status) will take the place of."""
    return [{"role": "assistant", "content": safe_markdown(text)}] if text.strip() else []


def _refused(exc: Exception) -> dict[str, Any]:
    return {"role": "assistant", "content": f"**Refused:** {md_inert(exc)}"}


def _raw(request: gr.Request | None) -> Any:
    """The HTTP request under Gradio's wrapper (headers, cookies, client address)."""
    return getattr(request, "request", None) if request is not None else None


def client_id(request: gr.Request | None) -> str:
    """A program client's own id (its Gradio session), letters and digits only."""
    raw = getattr(request, "session_hash", None) or ""
    return "".join(ch for ch in raw if ch.isalnum())[:48]


def api_session_id(user: User, request: gr.Request | None) -> str:
    """The default chat of one program client of one user (`/chat` without a session id)."""
    return f"api-{user.id}-{client_id(request) or 'anonymous'}"[:64]


class Handlers:
    """The app's event handlers and API functions."""

    def __init__(self, settings: Settings, engine: Engine, identity: Identity, files: ServedFiles) -> None:
        self.settings = settings
        self.engine = engine
        self.identity = identity
        self.files = files
        self.registry = SessionRegistry(settings)
        self.owners = Owners(settings, engine, identity)
        self.hello = {"role": "assistant", "content": greeting(settings)}
        # Lists the models for the model menu (kept for ten minutes); None without a Gemini key.
        self.lister = (
            GeminiModel.from_settings(settings, timeout_s=15, max_attempts=2)
            if settings.model_kind == "gemini"
            else None
        )

    # -- the turn -------------------------------------------------------------------------------------------------
    async def turn_events(
        self, user: User, session_id: str, message: dict[str, Any], model: str | None = None
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """One turn: uploads (with previews), then the question; yields the turn's messages as they grow.

        `model` (from the model menu) answers this turn and the session's next ones. The model's text is shown
        as it is written, in a bubble that the step's answer or status then takes the place of.
        """
        out: list[dict[str, Any]] = []
        text = (message.get("text") or "").strip()
        files = message.get("files") or []
        try:
            first = text or next((Path(_path_of(f)).name for f in files), "")
            await self.owners.claim(user, session_id, title=first)
            if text:
                await self.owners.admit_turn(user)
            await self._room_for(user, session_id)
            with bind(user=str(user.id), session=session_id[:12]):
                async with self.registry.using(session_id) as session:
                    if model and isinstance(session.brain, GeminiBrain) and model != session.brain.model_name:
                        session.brain.use_model(model)
                    for f in files:
                        path = Path(_path_of(f))
                        name = None if isinstance(f, str) else f.get("orig_name")
                        try:
                            await self.owners.check_disk(user, path.stat().st_size if path.is_file() else 0)
                            prepared, profile = await session.add_file(path, original_name=name or path.name)
                            out.append({"role": "assistant", "content": _preview(prepared, profile)})
                        except NotebookAgentError as exc:
                            upload_refused(exc, path)  # counted by reason and logged (size and reason only)
                            out.append(_refused(exc))
                        yield out
                    if text:
                        turn = Turn(self.files.for_session(session_id))
                        live = ""
                        with METRICS.time_turn():
                            async for item in session.ask(text):
                                if item["type"] == "user":
                                    continue
                                if item["type"] == "text_delta":
                                    live += item["text"]
                                    yield out + turn.messages + _live_text(live)
                                    continue
                                if item["type"] in _LIVE_TEXT_ENDS:
                                    live = ""
                                turn.apply(item)
                                yield out + turn.messages + _live_text(live)
                    await asyncio.to_thread(
                        chats.touch_session,
                        self.engine,
                        session_id,
                        turns=int((await session.state()).get("turn", 0)),
                        files=[str(f["name"]) for f in session.meta.get("files", [])],
                    )
        except NotebookAgentError as exc:
            yield [*out, _refused(exc)]

    async def _room_for(self, user: User, session_id: str) -> None:
        """The live-kernel quota: opening a chat closes the user's least recently used idle one when needed."""
        limit = self.owners.quotas.max_live_kernels
        if limit is None or self.registry.live(session_id) is not None:
            return
        records = await asyncio.to_thread(chats.sessions_of, self.engine, user)
        mine = {r.id for r in records}
        if self.settings.gateway_urls:  # counted over every app process: see kernel_room
            oldest_first = [r.id for r in reversed(records)]
            busy = await make_room_on_gateways(
                self.settings, self.engine, self.registry, oldest_first, session_id, limit
            )
            if busy:
                raise QuotaExceededError(
                    "live_kernels",
                    limit + busy - 1,
                    limit,
                    f"{limit} of your chats are running right now, in use here or in another window, the most allowed.",
                    "Wait for a turn to finish or close one of them, then try again.",
                )
        elif not await self.registry.make_room(mine, limit):
            busy = len(mine & self.registry.live_ids())
            raise QuotaExceededError(
                "live_kernels",
                busy,
                limit,
                f"{busy} of your chats are running a turn right now, the most allowed here at once.",
                "Wait for one of them to finish, then try again.",
            )

    # -- page events ----------------------------------------------------------------------------------------------
    async def on_load(self, stored: str, browser: str, request: gr.Request) -> tuple[Any, ...]:
        """Page load: this browser's id, its current chat if it is still the caller's, else a new one."""
        self.registry.warm()  # the first page load starts the kernel pool, while the person reads and picks a file
        browser = browser if _is_browser_id(browser) else secrets.token_hex(16)
        user = await self.owners.caller(_raw(request), browser)
        session_id = stored if await self.owners.owns(user, stored) else SessionRegistry.new_id()
        chat = [self.hello, *await self._history(session_id, user)]
        if user is None and self.identity.signs_in:
            chat.append({"role": "assistant", "content": f"You are not signed in. {self.sign_in_advice()}"})
        return (
            session_id,
            session_id,
            browser,
            chat,
            await asyncio.to_thread(self.notebook_file, session_id),
            gr.File(value=None, visible=False),
            await self._chat_list(user, "", session_id),
            self.who(user, _raw(request)),
            gr.MultimodalTextbox(interactive=True),  # the chat is known now: a message cannot be lost to the load
        )

    async def on_message(
        self,
        message: dict[str, Any],
        chat: list[dict[str, Any]],
        session_id: str,
        model: str | None,
        browser: str,
        request: gr.Request,
    ) -> AsyncIterator[tuple[Any, ...]]:
        """A message from the box: the person's bubbles at once, then the turn's as they come."""
        files = message.get("files") or []
        mine = [{"role": "user", "content": message.get("text") or ""}] if (message.get("text") or "").strip() else []
        mine += [{"role": "user", "content": {"path": _path_of(f)}} for f in files]
        base = [*chat, *mine]
        busy = gr.MultimodalTextbox(value=None, interactive=False)
        yield base, busy, gr.skip(), gr.skip(), gr.skip(), gr.skip()
        user = await self.owners.caller(_raw(request), browser)
        theirs = user is not None and not await self.owners.owns(user, session_id)
        if theirs and await self.owners.is_recorded(session_id):
            # Someone else's chat id: treated like an id never used, so a new chat starts (nothing of theirs shows)
            session_id = SessionRegistry.new_id()
        if user is None:
            yield [*base, _refused(NotSignedIn(todo=self.sign_in_advice()))], busy, *(gr.skip(),) * 4
        else:
            async for msgs in self.turn_events(user, session_id, message, model):
                yield base + msgs, busy, *(gr.skip(),) * 4
        # The download button holds the notebook, so one click downloads the current one. The bundle (which may
        # carry large data files) is only zipped when asked for.
        yield (
            gr.skip(),
            gr.MultimodalTextbox(value=None, interactive=True),
            await asyncio.to_thread(self.notebook_file, session_id)
            if user is not None and await self.owners.owns(user, session_id)
            else None,
            await self._chat_list(user, "", session_id),
            session_id,
            session_id,
        )

    async def on_open(self, chosen: str | None, session_id: str, browser: str, request: gr.Request) -> tuple[Any, ...]:
        """A chat picked in My chats: its conversation, plots and notebook; its kernel starts warming."""
        user = await self.owners.caller(_raw(request), browser)
        if not chosen or chosen == session_id:
            return (gr.skip(),) * 6
        if not await self.owners.owns(user, chosen):
            gr.Warning("No such chat. " + _NOT_YOURS)
            return (gr.skip(),) * 5 + (await self._chat_list(user, "", session_id),)
        assert user is not None
        # The kernel is rebuilt (or found live) in the background: the chat shows at once, the next turn is quick.
        asyncio.get_running_loop().create_task(self._warm_chat(user, chosen))
        return (
            chosen,
            chosen,
            [self.hello, *await self._history(chosen, user)],
            await asyncio.to_thread(self.notebook_file, chosen),
            gr.File(value=None, visible=False),
            await self._chat_list(user, "", chosen),
        )

    async def _warm_chat(self, user: User, session_id: str) -> None:
        try:
            await self._room_for(user, session_id)
            async with self.registry.using(session_id):
                pass
        except NotebookAgentError:
            pass  # the next turn says what is wrong

    async def on_new(self, session_id: str, browser: str, request: gr.Request) -> tuple[Any, ...]:
        """New chat: a fresh id; the current chat's kernel keeps running until it idles out."""
        user = await self.owners.caller(_raw(request), browser)
        new_id = SessionRegistry.new_id()
        return (
            new_id,
            new_id,
            [self.hello],
            None,
            gr.File(value=None, visible=False),
            await self._chat_list(user, "", new_id),
        )

    async def on_search(self, text: str, session_id: str, browser: str, request: gr.Request) -> Any:
        """My chats, filtered by title or file name."""
        user = await self.owners.caller(_raw(request), browser)
        return await self._chat_list(user, text, session_id)

    async def on_rename(self, title: str, session_id: str, browser: str, request: gr.Request) -> tuple[Any, ...]:
        """Rename the open chat."""
        user = await self.owners.caller(_raw(request), browser)
        if not await self.owners.owns(user, session_id):
            gr.Warning("Ask something first: a chat is saved (and can be renamed) once it is used.")
            return gr.skip(), gr.skip()
        assert user is not None
        try:
            await asyncio.to_thread(chats.rename_session, self.engine, user, session_id, title)
        except AccountsError as exc:
            gr.Warning(str(exc))
            return gr.skip(), gr.skip()
        return await self._chat_list(user, "", session_id), gr.Textbox(value="")

    async def on_delete(self, session_id: str, browser: str, request: gr.Request) -> tuple[Any, ...]:
        """Delete the open chat with everything of it, then start a new one."""
        user = await self.owners.caller(_raw(request), browser)
        if await self.owners.owns(user, session_id):
            assert user is not None
            await self.delete(user, session_id)
            gr.Info("Chat deleted.")
        return await self.on_new(session_id, browser, request)

    async def on_stop(self, session_id: str, browser: str, request: gr.Request) -> None:
        """Stop: interrupt the chat's kernel."""
        user = await self.owners.caller(_raw(request), browser)
        session = self.registry.live(session_id)
        if session is not None and session.kernel is not None and await self.owners.owns(user, session_id):
            await session.kernel.interrupt()

    async def on_panel(self, session_id: str, browser: str = "", request: gr.Request | None = None) -> Any:
        """The sandbox panel for the open chat (with gateways: its kernel's layers, verified on its host)."""
        user = await self.owners.caller(_raw(request), browser)
        live = self.registry.live(session_id)
        if live is None or not await self.owners.owns(user, session_id):
            return gr.skip()
        return sandbox_panel(self.settings, live.sandbox_info)

    async def on_models(self, session_id: str, browser: str = "", request: gr.Request | None = None) -> Any:
        """The model menu: the chat models the API lists for this key, the session's current one selected."""
        if self.lister is None:
            return gr.skip()
        live = self.registry.live(session_id)
        current = (
            live.brain.model_name
            if live is not None and isinstance(live.brain, GeminiBrain)
            else self.settings.gemini_model
        )
        try:
            names = await self.lister.chat_model_names()
            info = "Answers the next questions. Listed by the Gemini API for this key."
        except ModelError as exc:
            # The menu's info is rendered as markdown: the API's words are shown inert.
            names, info = [], f"Only the default is offered: the model list could not be fetched ({md_inert(exc)})."
        choices = names if current in names else [current, *names]
        return gr.Dropdown(choices=choices, value=current, info=info, interactive=True)

    async def on_bundle(self, session_id: str, browser: str = "", request: gr.Request | None = None) -> Any:
        """Zip the notebook and the chat's data files."""
        user = await self.owners.caller(_raw(request), browser)
        if not await self.owners.owns(user, session_id):
            return gr.File(value=None, visible=False)
        path, notes = await asyncio.to_thread(self.bundle_file, session_id)
        for note in notes:
            gr.Warning(f"Left out of the bundle: {note}")
        return gr.File(value=path, visible=path is not None)

    async def sent_to_model(self, session_id: str, browser: str = "", request: gr.Request | None = None) -> Any:
        """What the last turn sent to the model."""
        user = await self.owners.caller(_raw(request), browser)
        if not await self.owners.owns(user, session_id):
            return {"note": "Nothing sent yet."}
        records = await asyncio.to_thread(stored_model_requests, self.settings, session_id)
        if not records:
            return {"note": "Nothing sent yet."}
        turn = records[-1].get("turn")
        return {"turn": turn, "steps": [r for r in records if r.get("turn") == turn]}

    async def on_token_create(self, name: str, browser: str, request: gr.Request) -> tuple[Any, ...]:
        """A personal access token, shown once."""
        user = await self.owners.caller(_raw(request), browser)
        if user is None or not self.identity.signs_in:
            return gr.skip(), gr.skip()
        try:
            info, token = await asyncio.to_thread(token_store.create_token, self.engine, user, name.strip() or "api")
        except AccountsError as exc:
            gr.Warning(str(exc))
            return gr.skip(), gr.skip()
        shown = (
            f"Token **{md_inert(info.name)}** (shown once — copy it now):\n\n```\n{token}\n```\n\n"
            "Send it as `Authorization: Bearer <token>`."
        )
        return shown, await self._token_rows(user)

    async def on_token_revoke(self, token_id: float | None, browser: str, request: gr.Request) -> Any:
        """Revoke one of the caller's tokens by its number."""
        user = await self.owners.caller(_raw(request), browser)
        if user is None or token_id is None:
            return gr.skip()
        try:
            await asyncio.to_thread(token_store.revoke_token, self.engine, int(token_id), owner=user)
        except AccountsError as exc:
            gr.Warning(str(exc))
        return await self._token_rows(user)

    async def on_tokens(self, browser: str, request: gr.Request) -> Any:
        """The caller's tokens (never the tokens themselves)."""
        user = await self.owners.caller(_raw(request), browser)
        return await self._token_rows(user) if user is not None and self.identity.signs_in else gr.skip()

    # -- the API for programs ---------------------------------------------------------------------------------------
    async def api_chat(
        self, message: dict[str, Any], session_id: str | None = None, request: gr.Request | None = None
    ) -> list[dict[str, Any]]:
        """Send a message (text and files) to a chat of yours; without `session_id`, this client's own chat."""
        user = await self._api_user(request)
        sid = session_id or api_session_id(user, request)
        if session_id and not await self.owners.owns(user, session_id):
            raise gr.Error(str(SessionNotFound(session_id[:64], _NOT_YOURS)))
        try:
            for f in message.get("files") or []:
                checked_upload(f, self.files.root)  # a hand-written request can name any path of the host
        except NotebookAgentError as exc:
            raise gr.Error(str(exc)) from None
        final: list[dict[str, Any]] = []
        async for msgs in self.turn_events(user, sid, message):
            final = msgs
        return [_plain(m) for m in final]

    async def api_notebook(self, session_id: str | None = None, request: gr.Request | None = None) -> str:
        """The chat's notebook (.ipynb JSON); "" before the first message."""
        self.registry.warm()  # a program's first call readies the pool, as a browser's page load does
        user = await self._api_user(request)
        sid = session_id or api_session_id(user, request)
        if not await self.owners.owns(user, sid):
            if session_id:
                raise gr.Error(str(SessionNotFound(session_id[:64], _NOT_YOURS)))
            return ""
        return await asyncio.to_thread(stored_notebook, self.settings, sid) or ""

    async def api_sessions(self, request: gr.Request | None = None) -> list[dict[str, Any]]:
        """Your chats, newest first: id, title, created, updated, turns, files."""
        user = await self._api_user(request)
        return [r.as_dict() for r in await asyncio.to_thread(chats.sessions_of, self.engine, user)]

    async def api_delete_session(self, session_id: str, request: gr.Request | None = None) -> str:
        """Delete one of your chats with everything of it."""
        user = await self._api_user(request)
        if not await self.owners.owns(user, session_id):
            raise gr.Error(str(SessionNotFound(str(session_id)[:64], _NOT_YOURS)))
        await self.delete(user, session_id)
        return "deleted"

    async def _api_user(self, request: gr.Request | None) -> User:
        user = await self.owners.caller(_raw(request), client_id=client_id(request) or "anonymous")
        # In password and header modes Gradio refuses unauthenticated calls first; in hf mode this is the lock
        if user is None:
            raise gr.Error("Not signed in: send Authorization: Bearer <token> (make one with `notebook-agent tokens`).")
        return user

    # -- shared -------------------------------------------------------------------------------------------------------
    async def delete(self, user: User, session_id: str) -> None:
        """Everything of a chat: the live session, its files, notebook, sandbox, checkpoints, then its row."""
        await self.registry.release(session_id)
        await asyncio.to_thread(chats.mark_deleted, self.engine, user, session_id)
        await delete_stored(self.settings, session_id)
        self.files.remove_session(session_id)
        await asyncio.to_thread(chats.purge_session, self.engine, session_id)

    async def _history(self, session_id: str, user: User | None) -> list[dict[str, Any]]:
        """The chat as the database holds it (whichever app process wrote it)."""
        if not valid_id(session_id) or not await self.owners.owns(user, session_id):
            return []
        text = await asyncio.to_thread(stored_notebook, self.settings, session_id)
        if not text:
            return []
        notebook = nbformat.reads(text, 4)
        return history(notebook, self.files.for_session(session_id))

    async def _chat_list(self, user: User | None, search: str, current: str) -> Any:
        if user is None:
            return gr.Radio(choices=[], value=None)
        records = await asyncio.to_thread(chats.sessions_of, self.engine, user, search.strip() or None, 200)
        choices = [(_label(r), r.id) for r in records]
        return gr.Radio(choices=choices, value=current if any(r.id == current for r in records) else None)

    async def _token_rows(self, user: User) -> list[list[Any]]:
        infos = await asyncio.to_thread(token_store.list_tokens, self.engine, user)
        return [
            [t.id, t.name, t.created.strftime("%Y-%m-%d %H:%M"), "revoked" if t.revoked else "active"]
            for t in infos
            if not t.name.startswith(SIGNIN_PREFIX)
        ]

    def who(self, user: User | None, request: HTTPConnection | None = None) -> str:
        """The line that says who is signed in (and how to sign out).

        With Hugging Face, the account's own name from its sign-in (the user row is named by its stable id); the
        button below signs out.
        """
        if not self.identity.signs_in:
            return "Your chats are kept in this browser."
        if user is None:
            return f"Not signed in. {self.sign_in_advice()}"
        shown = (self.identity.display_name(request) if request is not None else None) or user.name
        out = " · [Sign out](/signout)" if self.identity.mode == "password" else ""
        return f"Signed in as **{md_inert(shown)}**{out}"

    def sign_in_advice(self) -> str:
        """What someone not (or no longer) signed in should do."""
        if self.identity.mode == "hf":
            return "Use the Sign in with Hugging Face button (under My chats) to start or reopen a chat."
        return "Sign in again."

    def notebook_file(self, session_id: str) -> str | None:
        """A copy of the chat's notebook (from the database) in its served folder, for the download button. Blocks."""
        text = stored_notebook(self.settings, session_id) if valid_id(session_id) else None
        if not text:
            return None
        out = self.files.for_session(session_id) / "notebook.ipynb"
        tmp = out.with_name(".notebook.ipynb.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out)
        return str(out)

    def bundle_file(self, session_id: str) -> tuple[str | None, list[str]]:
        """The notebook and the chat's data files as one zip in its served folder. Blocks."""
        nb = self.notebook_file(session_id)
        if nb is None:
            return None, []
        out = Path(nb).with_name("notebook-bundle.zip")
        return str(out), write_bundle(self.settings, session_id, Path(nb), out)


def _label(record: chats.SessionRecord) -> str:
    title = record.title or "Untitled chat"
    files = f" · {', '.join(record.files[:2])}" if record.files else ""
    return f"{title} — {record.updated.strftime('%b %d %H:%M')}{files} · {record.turns} turns"


def _path_of(f: Any) -> str:
    return str(f if isinstance(f, str) else f.get("path", ""))


def _is_browser_id(value: str) -> bool:
    return isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)


def _plain(message: dict[str, Any]) -> dict[str, Any]:
    """A chat message as programs get it: text, or a plot's PNG; interactive charts and tables by their `plain`."""
    content = message.get("plain", message["content"])  # a chart's PNG (or its text), a table as text
    if isinstance(content, dict):  # a plot: shaped as gradio FileData, so the server serves it and clients fetch it
        content = {"path": content["path"], "mime_type": "image/png", "meta": {"_type": "gradio.FileData"}}
    return {"role": message["role"], "content": content, "metadata": message.get("metadata")}
