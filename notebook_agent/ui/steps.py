"""The Steps panel and `/rerun`: a chat's code steps opened, edited and run again, a failed one fixed by the model.

The panel (an accordion under the chat) lists the chat's code steps; picking one puts its code in an editor, "Run"
runs the edited code in the chat's kernel and "Fix it" (shown for a failed step) asks the model for a fixed cell
and runs that. Each run shows in the chat as a step of its own and is recorded as a new cell that replaces the old
one (`agent.session_steps`). Every event checks that the chat is the caller's, as the other events do.
"""

from __future__ import annotations

import asyncio
from typing import Any

import gradio as gr

from ..agent.notebook import NotebookRecord
from ..agent.session import stored_notebook
from ..agent.session_steps import RerunResult, Step, fix, rerun, steps
from ..errors import NotebookAgentError, SessionNotFound
from ..text_safety import md_inert
from .handlers import Handlers, _raw
from .render import Turn

__all__ = ["Steps", "steps_panel"]

_NOT_YOURS = "Open one from My chats, or start a new chat."


class Steps:
    """The Steps panel's events and the `/rerun` endpoint; `h` is the app's handlers."""

    def __init__(self, h: Handlers) -> None:
        self.h = h

    async def _owned_steps(self, session_id: str, browser: str, request: gr.Request | None) -> list[Step] | None:
        """The chat's steps when it is the caller's (read from the open chat, else opened); None otherwise."""
        user = await self.h.owners.caller(_raw(request), browser)
        if not await self.h.owners.owns(user, session_id):
            return None
        live = self.h.registry.live(session_id)
        if live is not None:
            return steps(live.notebook)
        text = await asyncio.to_thread(stored_notebook, self.h.settings, session_id)
        if not text:
            return []
        return steps(
            NotebookRecord(self.h.settings.sessions_dir / session_id / "notebook.ipynb", autosave=False, text=text)
        )

    @staticmethod
    def _menu(found: list[Step], chosen: str | None = None) -> tuple[Any, ...]:
        """The step menu, the editor and the Fix button for `chosen` (default: the last step not replaced)."""
        current = [s for s in found if not s.replaced_by]
        pick = next((s for s in found if s.id == chosen), None) or (current[-1] if current else None)
        return (
            gr.Dropdown(choices=[(s.label, s.id) for s in found], value=pick.id if pick else None),
            gr.Code(value=pick.source if pick else ""),
            gr.Button(visible=bool(pick and pick.failed)),
        )

    async def on_list(self, session_id: str, browser: str = "", request: gr.Request | None = None) -> tuple[Any, ...]:
        """The open chat's steps, the last one picked."""
        found = await self._owned_steps(session_id, browser, request)
        return (*self._menu(found or []), "")

    async def on_pick(
        self, step_id: str | None, session_id: str, browser: str = "", request: gr.Request | None = None
    ) -> tuple[Any, ...]:
        """A step picked: its code in the editor; "Fix it" when it failed."""
        found = await self._owned_steps(session_id, browser, request) or []
        step = next((s for s in found if s.id == step_id), None)
        if step is None:
            return gr.skip(), gr.Button(visible=False), ""
        return gr.Code(value=step.source), gr.Button(visible=step.failed), ""

    def _shown(self, session_id: str, result: RerunResult, number: int, how: str) -> list[dict[str, Any]]:
        """The run as the chat shows it: a line saying what ran, then the step with its outputs."""
        turn = Turn(self.h.files.for_session(session_id), replay=True)
        turn.apply({"type": "code", "code": result.code})
        for out in result.outputs:
            turn.apply({"type": "output", "output": out})
        turn.apply({"type": "code_done", "status": result.status})
        step, *rest = turn.messages
        # Shown open (a step bubble is folded once done): the person just asked for this run and wants its output.
        title = f"**Step {number}, {how}, ran again:**" + (f" ({result.status})" if result.status != "ok" else "")
        return [{"role": "assistant", "content": f"{title}\n\n{step['content']}"}, *rest]

    async def _run(
        self,
        step_id: str | None,
        code: str | None,
        chat: list[dict[str, Any]],
        session_id: str,
        browser: str,
        request: gr.Request | None,
        fixing: bool,
    ) -> tuple[Any, ...]:
        h = self.h
        user = await h.owners.caller(_raw(request), browser)
        if not step_id or not await h.owners.owns(user, session_id):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), "Pick a step of this chat first.", gr.skip()
        assert user is not None
        try:
            await h.owners.admit_turn(user)  # it runs code (and with "Fix it", asks the model) as a turn does
            await h._room_for(user, session_id)
            async with h.registry.using(session_id) as session:
                number = next((s.number for s in steps(session.notebook) if s.id == step_id), 0)
                if fixing:
                    fixed = await fix(session, step_id)
                    result, message = fixed.run, fixed.message
                    how = "fixed by the model"
                else:
                    result, message, how = await rerun(session, step_id, code or ""), "", "edited"
                found = steps(session.notebook)
        except NotebookAgentError as exc:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), f"**Not run:** {md_inert(exc)}", gr.skip()
        if result is None:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), md_inert(message), gr.skip()
        shown = [*chat, *self._shown(session_id, result, number, how)]
        said = (
            f"Ran as a new cell ({'ok' if result.status == 'ok' else result.status}); step {number} is marked replaced."
        )
        return (
            shown,
            *self._menu(found, result.cell_id),
            (md_inert(message) + " " if message else "") + said,
            await asyncio.to_thread(h.notebook_file, session_id),
        )

    async def on_run(
        self,
        step_id: str | None,
        code: str | None,
        chat: list[dict[str, Any]],
        session_id: str,
        browser: str = "",
        request: gr.Request | None = None,
    ) -> tuple[Any, ...]:
        """Run the edited code in the step's place."""
        return await self._run(step_id, code, chat, session_id, browser, request, fixing=False)

    async def on_fix(
        self,
        step_id: str | None,
        chat: list[dict[str, Any]],
        session_id: str,
        browser: str = "",
        request: gr.Request | None = None,
    ) -> tuple[Any, ...]:
        """Ask the model to fix the failed step, and run its cell in the step's place."""
        return await self._run(step_id, None, chat, session_id, browser, request, fixing=True)

    # -- the API ----------------------------------------------------------------------------------------------------
    async def api_rerun(self, session_id: str, cell: str, code: str, request: gr.Request | None = None) -> str:
        """Run `code` in place of a code cell of your chat (its id, or its index in the notebook); its outputs as text.

        The new run is a new cell of the notebook; the old one stays, marked as replaced by it; the model is told
        with the next question.
        """
        h = self.h
        user = await h._api_user(request)
        if not await h.owners.owns(user, session_id):
            raise gr.Error(str(SessionNotFound(str(session_id)[:64], _NOT_YOURS)))
        try:
            await h.owners.admit_turn(user)
            await h._room_for(user, session_id)
            async with h.registry.using(session_id) as session:
                result = await rerun(session, str(cell), code)
        except NotebookAgentError as exc:
            raise gr.Error(str(exc)) from None
        return result.text


def steps_panel(h: Handlers, session_id: Any, browser: Any, chatbot: Any, dl_nb: Any) -> tuple[Steps, list[Any]]:
    """The Steps accordion, wired; returns its handlers and what refreshes it (its `on_list` outputs)."""
    s = Steps(h)
    with gr.Accordion("Steps: edit a code step and run it again", open=False, elem_id="steps") as panel:
        pick = gr.Dropdown(choices=[], label="Step", interactive=True, elem_id="step-pick")
        editor = gr.Code(language="python", label="Code", interactive=True, elem_id="step-code")
        with gr.Row():
            run = gr.Button("Run", size="sm", variant="primary", elem_id="step-run")
            fix_button = gr.Button("Fix it", size="sm", visible=False, elem_id="step-fix")
        said = gr.Markdown("", elem_id="step-said")
    listed = [pick, editor, fix_button, said]
    panel.expand(s.on_list, [session_id, browser], listed, api_visibility="private")
    session_id.change(s.on_list, [session_id, browser], listed, api_visibility="private")
    pick.input(s.on_pick, [pick, session_id, browser], [editor, fix_button, said], api_visibility="private")
    ran = [chatbot, pick, editor, fix_button, said, dl_nb]
    run.click(s.on_run, [pick, editor, chatbot, session_id, browser], ran, api_visibility="private")
    fix_button.click(s.on_fix, [pick, chatbot, session_id, browser], ran, api_visibility="private")
    return s, listed
