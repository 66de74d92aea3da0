"""The page: My chats on the left, the chat in the middle, model and sandbox on the right; and the API endpoints.

Only components and wiring live here; what each event does is in `handlers.py`.
"""

from __future__ import annotations

from pathlib import Path

import gradio as gr
from gradio.events import api as gradio_api  # gr.api itself, which gradio leaves out of its __all__

from ..resources import examples_dir
from .handlers import Handlers, sandbox_panel
from .imports import Imports
from .steps import steps_panel

__all__ = ["CSS", "FILE_TYPES", "layout"]

# Data files; and a notebook (.ipynb) or an exported bundle (.zip), which starts a new chat from it (ui/imports.py).
FILE_TYPES = [".csv", ".tsv", ".json", ".xlsx", ".parquet", ".ipynb", ".zip"]
CSS = "#my-chats .wrap {flex-direction: column; gap: 2px} #my-chats label {width: 100%}"


def layout(h: Handlers) -> gr.Blocks:
    """The Blocks of the app, wired to `h`."""
    settings = h.settings
    demo = gr.Blocks(title="notebook-agent")
    with demo:
        stored = gr.BrowserState("", storage_key="notebook-agent-session")
        browser = gr.BrowserState("", storage_key="notebook-agent-browser")
        session_id = gr.State("")
        with gr.Row():
            with gr.Column(scale=1, min_width=240):
                gr.Markdown("### My chats")
                who = gr.Markdown("", elem_id="who")
                if h.identity.mode == "hf":
                    gr.LoginButton()
                new = gr.Button("New chat", size="sm", variant="primary", elem_id="new-chat")
                search = gr.Textbox(placeholder="Search my chats", show_label=False, elem_id="chat-search")
                chats = gr.Radio(choices=[], show_label=False, elem_id="my-chats", interactive=True)
                with gr.Accordion("Rename or delete this chat", open=False):
                    title = gr.Textbox(placeholder="New title", show_label=False, elem_id="chat-title")
                    with gr.Row():
                        rename = gr.Button("Rename", size="sm", elem_id="rename-chat")
                        delete = gr.Button("Delete chat", size="sm", variant="stop", elem_id="delete-chat")
                if h.identity.signs_in:
                    with gr.Accordion("API tokens", open=False):
                        token_name = gr.Textbox(placeholder="Token name, e.g. laptop", show_label=False)
                        create = gr.Button("Create token", size="sm")
                        token_shown = gr.Markdown("")
                        token_rows = gr.Dataframe(
                            headers=["id", "name", "created", "state"], interactive=False, wrap=True
                        )
                        revoke_id = gr.Number(label="Token id to revoke", precision=0)
                        revoke = gr.Button("Revoke", size="sm")
            with gr.Column(scale=3):
                gr.Markdown("## notebook-agent — chat with your data, in a sandbox")
                chatbot = gr.Chatbot(
                    # The same greeting, written where Chatbot's TypedDict for messages can check it.
                    value=[{"role": "assistant", "content": h.hello["content"]}],
                    height=620,
                    label="Chat",
                    sanitize_html=True,
                    layout="panel",
                    group_consecutive_messages=False,
                )
                box = gr.MultimodalTextbox(
                    file_types=FILE_TYPES,
                    file_count="multiple",
                    interactive=False,  # until the page load has settled which chat this is (on_load)
                    placeholder="Upload a data file (or a notebook or bundle to continue from) and ask a question…",
                    show_label=False,
                )
                with gr.Row():
                    stop = gr.Button("Stop", variant="stop", size="sm")
                    dl_nb = gr.DownloadButton("Download notebook (.ipynb)", size="sm")
                    zip_button = gr.Button("Download bundle (.zip)", size="sm")
                bundle = gr.File(label="Bundle: the notebook and its data files", visible=False)
                steps, steps_listed = steps_panel(h, session_id, browser, chatbot, dl_nb)
                try:
                    example = examples_dir() / "experiment.csv"
                except FileNotFoundError:
                    example = Path("/nonexistent")
                if example.is_file():
                    gr.Examples(
                        examples=[[{"text": "plot y against x and fit a line", "files": [str(example)]}]],
                        inputs=[box],
                        label="Try an example",
                    )
            with gr.Column(scale=1):
                model_choice = gr.Dropdown(
                    choices=[settings.gemini_model],
                    value=settings.gemini_model,
                    label="Gemini model",
                    visible=h.lister is not None,
                    interactive=True,
                    elem_id="model-choice",
                )
                panel = gr.Markdown(sandbox_panel(settings))
                with gr.Accordion("What was sent to the model (last turn)", open=False):
                    sent = gr.JSON(label=None)
                    refresh = gr.Button("Refresh", size="sm")

        chat_view = [session_id, stored, chatbot, dl_nb, bundle, chats]
        load = demo.load(
            h.on_load,
            [stored, browser],
            [session_id, stored, browser, chatbot, dl_nb, bundle, chats, who, box],
            api_visibility="private",
        )
        load.then(h.on_models, [session_id, browser], [model_choice], api_visibility="private")
        if h.identity.signs_in:
            load.then(h.on_tokens, [browser], [token_rows], api_visibility="private")
            create.click(h.on_token_create, [token_name, browser], [token_shown, token_rows], api_visibility="private")
            revoke.click(h.on_token_revoke, [revoke_id, browser], [token_rows], api_visibility="private")
        imports = Imports(h)
        sent_message = box.submit(
            imports.on_message,
            [box, chatbot, session_id, model_choice, browser],
            [chatbot, box, dl_nb, chats, session_id, stored],
            api_visibility="private",
        )
        sent_message.then(steps.on_list, [session_id, browser], steps_listed, api_visibility="private")
        if settings.gateway_urls:  # the layers the chat's kernel runs under, as its gateway host verified them
            sent_message.then(h.on_panel, [session_id, browser], [panel], api_visibility="private")
        chats.input(h.on_open, [chats, session_id, browser], chat_view, api_visibility="private")
        search.change(h.on_search, [search, session_id, browser], [chats], api_visibility="private")
        new.click(h.on_new, [session_id, browser], chat_view, api_visibility="private")
        # The chat's own clear icon means the same as New chat (otherwise a reload would bring the turns back).
        chatbot.clear(h.on_new, [session_id, browser], chat_view, api_visibility="private")
        rename.click(h.on_rename, [title, session_id, browser], [chats, title], api_visibility="private")
        delete.click(h.on_delete, [session_id, browser], chat_view, api_visibility="private")
        zip_button.click(h.on_bundle, [session_id, browser], [bundle], api_visibility="private")
        stop.click(h.on_stop, [session_id, browser], None, queue=False, api_visibility="private")
        refresh.click(h.sent_to_model, [session_id, browser], [sent], api_visibility="private")
        gradio_api(h.api_chat, api_name="chat")
        gradio_api(h.api_notebook, api_name="notebook")
        gradio_api(h.api_sessions, api_name="sessions")
        gradio_api(h.api_delete_session, api_name="delete_session")
        gradio_api(imports.api_import, api_name="import")
        gradio_api(steps.api_rerun, api_name="rerun")
    return demo
